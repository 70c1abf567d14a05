using JasperFx;

namespace Suite.Boards.BoardsAndBlocks;

/// <summary>Optimistic-concurrency losses of a transaction over several documents, to redo it on a fresh read.</summary>
internal static class BoardStoreConflicts
{
    public const int MaxAttempts = 50;

    public static bool IsConflict(Exception exception) =>
        exception is ConcurrencyException || (exception.InnerException is { } inner && IsConflict(inner));
}
