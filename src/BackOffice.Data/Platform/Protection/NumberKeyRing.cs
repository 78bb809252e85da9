using System.Security.Cryptography;
using System.Text;

namespace BackOffice.Data.Platform.Protection;

/// <summary>
/// Encrypts card and bank account numbers for storage with AES-256-GCM and computes their search hash.
/// <para>Stored form: <c>{keyId}:{base64(nonce[12] | ciphertext | tag[16])}</c>, one column; the key id is also the
/// associated data, so a value cannot be passed off as encrypted under another key. New values use the current
/// key; older values decrypt with the key their id names until <c>rotate-number-keys</c> re-encrypts them.</para>
/// <para>The search hash is HMAC-SHA-256 under a separate key, lower-case hex (64 characters): equal numbers give
/// equal hashes, so lookups and the unique index work without the number, and without the key the hash cannot be
/// brute-forced from the small space of card numbers.</para>
/// </summary>
public sealed class NumberKeyRing
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly Dictionary<string, byte[]> _keys;
    private readonly byte[] _hashKey;

    public NumberKeyRing(NumberProtectionOptions options)
    {
        var problems = options.Problems();
        if (problems.Count > 0)
            throw new InvalidOperationException("카드·계좌번호 암호화 키 설정 오류: " + string.Join(" ", problems));
        CurrentKeyId = options.CurrentKeyId;
        _keys = options.Keys.ToDictionary(k => k.Key, k => Convert.FromBase64String(k.Value), StringComparer.Ordinal);
        _hashKey = Convert.FromBase64String(options.HashKey);
    }

    public string CurrentKeyId { get; }

    public static bool IsValidKeyId(string id) =>
        id.Length is > 0 and <= 32 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public string Encrypt(string clear)
    {
        var key = _keys[CurrentKeyId];
        var plain = Encoding.UTF8.GetBytes(clear);
        var sealedBytes = new byte[NonceSize + plain.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize, plain.Length), sealedBytes.AsSpan(NonceSize + plain.Length), Aad(CurrentKeyId));
        return CurrentKeyId + ":" + Convert.ToBase64String(sealedBytes);
    }

    public string Decrypt(string stored)
    {
        var colon = stored.IndexOf(':');
        if (colon <= 0) throw new CryptographicException("Not an encrypted number.");
        var keyId = stored[..colon];
        if (!_keys.TryGetValue(keyId, out var key))
            throw new CryptographicException($"The number protection key '{keyId}' is not configured (NumberProtection:Keys:{keyId}).");
        var sealedBytes = Convert.FromBase64String(stored[(colon + 1)..]);
        if (sealedBytes.Length < NonceSize + TagSize) throw new CryptographicException("Encrypted number too short.");
        var length = sealedBytes.Length - NonceSize - TagSize;
        var plain = new byte[length];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, length), sealedBytes.AsSpan(NonceSize + length), plain, Aad(keyId));
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>The key id a stored value was encrypted with.</summary>
    public static string KeyIdOf(string stored)
    {
        var colon = stored.IndexOf(':');
        return colon <= 0 ? "" : stored[..colon];
    }

    /// <summary>The search hash of a card number (digits only), 64 hex characters.</summary>
    public string CardHash(string number) => Hash("card:" + number);

    private string Hash(string value) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_hashKey, Encoding.UTF8.GetBytes(value)));

    private static byte[] Aad(string keyId) => Encoding.UTF8.GetBytes("BackOffice.Number:" + keyId);

    /// <summary>Sets a card's number: encrypted, its search hash and its last 4 digits. The card keeps no clear number.</summary>
    public void SetNumber(Card card, string number)
    {
        card.NumberCipher = Encrypt(number);
        card.NumberHash = CardHash(number);
        card.Last4 = number.Length >= 4 ? number[^4..] : number;
    }

    /// <summary>The card's full number, for an audited unmask or a printout the law requires. Nothing else decrypts.</summary>
    public string RevealNumber(Card card) =>
        card.NumberCipher is { } cipher ? Decrypt(cipher) : throw new InvalidOperationException($"Card {card.Id} has no encrypted number.");

    /// <summary>Sets a member's bank account number (empty = no account).</summary>
    public void SetBankAccount(Member member, string number)
    {
        member.BankAccountCipher = number.Length == 0 ? null : Encrypt(number);
        member.BankAccountLast4 = Last4(number);
    }

    public string RevealBankAccount(string? cipher) => cipher is null ? "" : Decrypt(cipher);

    public static string Last4(string number) => number.Length <= 4 ? number : number[^4..];
}
