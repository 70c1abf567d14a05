using JasperFx;
using Marten;

namespace Suite.Boards.Boards;

/// <summary>
/// Read-change-write of one document under Marten's optimistic concurrency: a write that lost a race
/// reads the document again and redoes the change, so concurrent patches of one card or board lose nothing.
/// </summary>
internal static class DocumentChanges
{
    private const int Attempts = 8;

    /// <summary>
    /// Loads <paramref name="id"/>, lets <paramref name="change"/> modify it (or return false to leave it),
    /// stores it and anything <paramref name="change"/> queued on the session, and answers the document as saved.
    /// Null when there is no such document.
    /// </summary>
    public static async Task<T?> ChangeAsync<T>(BoardStore store, string id, Func<T, IDocumentSession, bool> change, CancellationToken cancellationToken)
        where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var session = store.Session();
            var document = await session.LoadAsync<T>(id, cancellationToken);
            if (document is null)
            {
                return null;
            }

            if (!change(document, session))
            {
                return document;
            }

            session.Store(document);
            try
            {
                await session.SaveChangesAsync(cancellationToken);
                return document;
            }
            catch (Exception exception) when (attempt < Attempts && IsConflict(exception))
            {
            }
        }
    }

    private static bool IsConflict(Exception exception) =>
        exception is ConcurrencyException || (exception.InnerException is { } inner && IsConflict(inner));
}
