using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Suite.Platform.Identity.Users;

/// <summary>Password hashing with the framework's <see cref="PasswordHasher{TUser}"/> (PBKDF2).</summary>
internal sealed class UserPasswords
{
    private static readonly Account Owner = new();

    private readonly PasswordHasher<Account> _hasher;
    private readonly Lazy<string> _decoyHash;

    public UserPasswords(UserOptions options)
    {
        var hasherOptions = new PasswordHasherOptions();
        if (options.PasswordHashIterations is { } iterations)
        {
            hasherOptions.IterationCount = iterations;
        }

        _hasher = new PasswordHasher<Account>(Options.Create(hasherOptions));
        _decoyHash = new Lazy<string>(() => Hash(Ids.New()));
    }

    public string Hash(string password) => _hasher.HashPassword(Owner, password);

    /// <summary>
    /// Checks a password against a stored hash. With no hash (unknown account) it still spends the
    /// time of a real check, so response times do not tell which accounts exist.
    /// </summary>
    public PasswordVerificationResult Verify(string? hash, string password)
    {
        if (hash is null)
        {
            _hasher.VerifyHashedPassword(Owner, _decoyHash.Value, password);
            return PasswordVerificationResult.Failed;
        }

        return _hasher.VerifyHashedPassword(Owner, hash, password);
    }

    private sealed class Account;
}
