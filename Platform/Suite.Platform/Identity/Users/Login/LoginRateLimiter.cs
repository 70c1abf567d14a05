using System.Threading.RateLimiting;
using Suite.Platform.Errors;

namespace Suite.Platform.Identity.Users.Login;

/// <summary>Section <c>Suite:RateLimits</c>.</summary>
internal sealed class RateLimitOptions
{
    /// <summary>Login attempts allowed per minute for one login id.</summary>
    public int LoginPerAccountPerMinute { get; set; } = 10;

    /// <summary>Login attempts allowed per minute from one client address.</summary>
    public int LoginPerAddressPerMinute { get; set; } = 60;
}

/// <summary>
/// Counts login attempts (successful or not) per account and per client address in fixed
/// one-minute windows. The framework's limiters run on real time; they take no <see cref="TimeProvider"/>.
/// </summary>
internal sealed class LoginRateLimiter : IDisposable
{
    private const int MaxAccountKeyLength = 256;

    private readonly PartitionedRateLimiter<Attempt> _perAccount;
    private readonly PartitionedRateLimiter<Attempt> _perAddress;
    private readonly PartitionedRateLimiter<Attempt> _chained;

    public LoginRateLimiter(RateLimitOptions options)
    {
        _perAccount = PartitionedRateLimiter.Create<Attempt, string>(a => RateLimitPartition.GetFixedWindowLimiter(a.Account, _ => PerMinute(options.LoginPerAccountPerMinute)));
        _perAddress = PartitionedRateLimiter.Create<Attempt, string>(a => RateLimitPartition.GetFixedWindowLimiter(a.Address, _ => PerMinute(options.LoginPerAddressPerMinute)));
        _chained = PartitionedRateLimiter.CreateChained(_perAccount, _perAddress);
    }

    /// <summary>Counts an attempt; throws 429 when the account or the address is over its limit.</summary>
    public void EnsureAllowed(string account, string address)
    {
        var key = account.Length > MaxAccountKeyLength ? account[..MaxAccountKeyLength] : account;
        using var lease = _chained.AttemptAcquire(new Attempt(key.ToLowerInvariant(), address));
        if (!lease.IsAcquired)
        {
            throw new AppErrorException(429, "api.user.login.rate_limited.app_error", "Too many login attempts. Please wait a minute and try again.");
        }
    }

    public void Dispose()
    {
        _chained.Dispose();
        _perAccount.Dispose();
        _perAddress.Dispose();
    }

    private static FixedWindowRateLimiterOptions PerMinute(int permits) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private readonly record struct Attempt(string Account, string Address);
}
