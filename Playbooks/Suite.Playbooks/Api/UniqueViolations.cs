using Npgsql;

namespace Suite.Playbooks.Api;

/// <summary>Recognises a Marten write refused because a document id or a unique index was taken.</summary>
internal static class UniqueViolations
{
    public static bool Is(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is JasperFx.DocumentAlreadyExistsException or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                return true;
            }
        }

        return false;
    }
}
