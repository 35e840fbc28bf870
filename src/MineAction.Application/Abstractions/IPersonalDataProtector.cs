namespace MineAction.Application.Abstractions;

/// <summary>Encrypts personal data before it is stored and decrypts it for the roles allowed to read it.</summary>
public interface IPersonalDataProtector
{
    string Protect(string plainText);

    string Unprotect(string cipherText);

    /// <summary>Encrypts bytes that may hold personal data (an uploaded import file) before they are stored.</summary>
    byte[] Protect(byte[] plain);

    byte[] Unprotect(byte[] cipher);
}
