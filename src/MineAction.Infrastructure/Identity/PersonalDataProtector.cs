using Microsoft.AspNetCore.DataProtection;
using MineAction.Application.Abstractions;

namespace MineAction.Infrastructure.Identity;

/// <summary>Column-level encryption of victims' personal data with ASP.NET Core Data Protection (keys kept in PostgreSQL).</summary>
public sealed class PersonalDataProtector(IDataProtectionProvider provider) : IPersonalDataProtector
{
    private readonly IDataProtector _protector = provider.CreateProtector("MineAction.VictimPersonalData.v1");

    public string Protect(string plainText) => _protector.Protect(plainText);

    public string Unprotect(string cipherText) => _protector.Unprotect(cipherText);
}
