using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MineAction.Infrastructure.Persistence;

namespace MineAction.Infrastructure.Identity;

/// <summary>
/// Where the Data Protection keys (they decrypt victims' personal data) are kept and how they are protected at rest, from the
/// configuration section "DataProtection":
/// <list type="bullet">
/// <item><c>CertificatePath</c> (+ <c>CertificatePassword</c>): a PKCS#12 file whose certificate encrypts every new key; the keys stay in
/// the database, so every web node and the CLI share them, and a database dump alone cannot read the personal data.</item>
/// <item><c>KeyDirectory</c>: the keys are kept in that directory (created owner-only) instead of the database — a volume the operator
/// protects and backs up apart from the database.</item>
/// </list>
/// Both together: the keys in the directory, encrypted with the certificate. Neither: the keys sit unencrypted in the database beside the
/// data they decrypt, which only Development accepts — elsewhere the app and the CLI refuse to start with <see cref="KeyProtectionMissingException"/>.
/// </summary>
public static class KeyProtection
{
    public const string Section = "DataProtection";

    public static IServiceCollection AddKeyProtection(this IServiceCollection services, IConfiguration configuration, bool required)
    {
        var builder = services.AddDataProtection().SetApplicationName("MineAction");
        var directory = configuration[$"{Section}:KeyDirectory"];
        var certificatePath = configuration[$"{Section}:CertificatePath"];
        if (string.IsNullOrWhiteSpace(directory))
        {
            // Keys in PostgreSQL: every web node decrypts what another encrypted.
            builder.PersistKeysToDbContext<MineActionDbContext>();
        }
        else
        {
            builder.PersistKeysToFileSystem(OwnerOnlyDirectory(directory));
        }

        if (!string.IsNullOrWhiteSpace(certificatePath))
        {
            builder.ProtectKeysWithCertificate(Certificate(certificatePath, configuration[$"{Section}:CertificatePassword"]));
        }
        else if (required && string.IsNullOrWhiteSpace(directory))
        {
            throw new KeyProtectionMissingException(
                "Data Protection keys (they decrypt victims' personal data) would be stored unencrypted in the database: set " +
                "DataProtection:CertificatePath (a .pfx that encrypts them; DataProtection:CertificatePassword if it has one) or " +
                "DataProtection:KeyDirectory (a protected directory to keep them in) — see docs/operations.md, \"Data Protection keys\".");
        }

        return services;
    }

    private static X509Certificate2 Certificate(string path, string? password)
    {
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
            return certificate.HasPrivateKey ? certificate
                : throw new KeyProtectionMissingException($"DataProtection:CertificatePath '{path}' has no private key: the keys could be encrypted but never read back.");
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new KeyProtectionMissingException($"DataProtection:CertificatePath '{path}' cannot be read as a PKCS#12 certificate: {e.Message}");
        }
    }

    private static DirectoryInfo OwnerOnlyDirectory(string path)
    {
        try
        {
            var directory = Directory.CreateDirectory(path);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(directory.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            return directory;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KeyProtectionMissingException($"DataProtection:KeyDirectory '{path}' cannot be used: {e.Message}");
        }
    }
}

/// <summary>The Data Protection keys cannot be kept protected as configured: the app does not start (one line on standard error).</summary>
public sealed class KeyProtectionMissingException(string message) : InvalidOperationException(message);
