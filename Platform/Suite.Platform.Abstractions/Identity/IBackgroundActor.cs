namespace Suite.Platform.Identity;

/// <summary>
/// Lets work that runs outside any request (a queue worker, a timer) send mediator requests as a
/// user, so the same authorization applies as when that user sends them over the API.
/// </summary>
public interface IBackgroundActor
{
    /// <summary>
    /// Runs <paramref name="work"/> as the active user <paramref name="userId"/>, with the roles the
    /// user holds now; a 403 <see cref="Errors.AppErrorException"/> when the user does not exist or is deactivated.
    /// </summary>
    Task<T> ActAsAsync<T>(string userId, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default);
}
