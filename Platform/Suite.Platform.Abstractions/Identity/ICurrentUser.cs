namespace Suite.Platform.Identity;

/// <summary>Who is asking, for the request being handled.</summary>
public interface ICurrentUser
{
    /// <summary>True when the request carries a valid session or access token.</summary>
    bool IsAuthenticated { get; }

    /// <summary>The user's id; empty when not authenticated.</summary>
    string UserId { get; }

    /// <summary>The session's id; empty when not authenticated.</summary>
    string SessionId { get; }

    /// <summary>True when the user holds the <c>system_admin</c> role.</summary>
    bool IsSystemAdmin { get; }

    /// <summary>True when the user is a bot account.</summary>
    bool IsBot { get; }

    /// <summary>The user's id, or an <see cref="Errors.AppErrorException"/> with 401 when nobody is signed in.</summary>
    string RequireUserId();
}
