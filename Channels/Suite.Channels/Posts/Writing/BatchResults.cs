using Npgsql;

namespace Suite.Channels.Posts.Writing;

/// <summary>Finds a statement's result in a batch's reader by its first column's name (statements without rows have none).</summary>
internal static class BatchResults
{
    /// <summary>
    /// Moves to the next result whose first column is <paramref name="firstColumn"/>, unless the
    /// reader is at it already (at the start, the reader is at the first result).
    /// </summary>
    public static async Task MoveToAsync(NpgsqlDataReader reader, string firstColumn, CancellationToken cancellationToken)
    {
        while (reader.FieldCount == 0 || reader.GetName(0) != firstColumn)
        {
            if (!await reader.NextResultAsync(cancellationToken))
            {
                throw new InvalidOperationException($"The batch has no result starting with {firstColumn}.");
            }
        }
    }
}
