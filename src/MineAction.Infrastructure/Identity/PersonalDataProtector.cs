using Microsoft.AspNetCore.DataProtection;
using MineAction.Application.Abstractions;

namespace MineAction.Infrastructure.Identity;

/// <summary>Column-level encryption of victims' personal data with ASP.NET Core Data Protection (keys kept in PostgreSQL).</summary>
public sealed class PersonalDataProtector(IDataProtectionProvider provider) : IPersonalDataProtector
{
    /// <summary>The Data Protection purpose of personal data (also of stored responses that may hold it: idempotency records).</summary>
    public const string Purpose = "MineAction.VictimPersonalData.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string plainText) => _protector.Protect(plainText);

    public string Unprotect(string cipherText) => _protector.Unprotect(cipherText);

    public byte[] Protect(byte[] plain) => _protector.Protect(plain);

    public byte[] Unprotect(byte[] cipher) => _protector.Unprotect(cipher);
}
