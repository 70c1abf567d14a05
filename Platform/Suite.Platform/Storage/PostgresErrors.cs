using Npgsql;

namespace Suite.Platform.Storage;

internal static class PostgresErrors
{
    /// <summary>True when <paramref name="exception"/> is a unique violation of the named constraint or index.</summary>
    public static bool IsUniqueViolation(this PostgresException exception, string constraint) =>
        exception.SqlState == PostgresErrorCodes.UniqueViolation && exception.ConstraintName == constraint;
}
