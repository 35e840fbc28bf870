using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MineAction.Testing;

/// <summary>
/// A self-signed certificate (PKCS#12, made once per test run) that protects the Data Protection keys of every app the tests start in
/// Production, as <c>DataProtection:CertificatePath</c> would name an operator's.
/// </summary>
public static class TestKeyCertificate
{
    public const string Password = "test-key-protection";

    private static readonly Lazy<string> File = new(Create);

    public static string Path => File.Value;

    /// <summary>The settings that make a Production app keep its keys encrypted with this certificate.</summary>
    public static IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["DataProtection:CertificatePath"] = Path,
        ["DataProtection:CertificatePassword"] = Password,
    };

    private static string Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=MineAction test key protection", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"mineaction-test-keys-{Environment.ProcessId}.pfx");
        System.IO.File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }
}
