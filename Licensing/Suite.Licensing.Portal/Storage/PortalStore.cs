using CsvHelper;
using Dapper;
using Npgsql;
using Suite.Platform.Storage;

namespace Suite.Licensing.Portal.Storage;

/// <summary>One trial request as the portal keeps it: a lead.</summary>
[CsvRecord]
internal sealed partial record Lead(
    [CsvColumn("id")] string Id,
    [CsvColumn("received_at")] long ReceivedAt,
    [CsvColumn("server_id")] string ServerId,
    [CsvColumn("outcome")] string Outcome,
    [CsvColumn("license_id")] string? LicenseId,
    [CsvColumn("users")] int Users,
    [CsvColumn("contact_name")] string ContactName,
    [CsvColumn("contact_email")] string ContactEmail,
    [CsvColumn("name")] string Name,
    [CsvColumn("email")] string Email,
    [CsvColumn("company_name")] string CompanyName,
    [CsvColumn("company_country")] string CompanyCountry,
    [CsvColumn("company_size")] string CompanySize,
    [CsvColumn("site_name")] string SiteName,
    [CsvColumn("site_url")] string SiteUrl,
    [CsvColumn("server_version")] string ServerVersion,
    [CsvColumn("receive_emails_accepted")] bool ReceiveEmailsAccepted);

/// <summary>The trial issued to an installation.</summary>
internal sealed record IssuedTrial(string ServerId, string LicenseId, long IssuedAt, long ExpiresAt);

/// <summary>The <c>portal</c> schema: one trial per server id, and every request received.</summary>
internal sealed class PortalStore(NpgsqlDataSource db)
{
    public const string Issued = "issued";
    public const string Refused = "refused";

    // The portal's schema is small and created in place; a change to it needs a versioned migration.
    private const string Schema =
        """
        CREATE SCHEMA IF NOT EXISTS portal;
        CREATE TABLE IF NOT EXISTS portal.trials (
            server_id  text   PRIMARY KEY,
            license_id text   NOT NULL UNIQUE,
            issued_at  bigint NOT NULL,
            expires_at bigint NOT NULL
        );
        CREATE TABLE IF NOT EXISTS portal.trial_requests (
            id                      text    PRIMARY KEY,
            received_at             bigint  NOT NULL,
            server_id               text    NOT NULL,
            outcome                 text    NOT NULL CHECK (outcome IN ('issued', 'refused')),
            license_id              text,
            users                   int     NOT NULL,
            contact_name            text    NOT NULL,
            contact_email           text    NOT NULL,
            name                    text    NOT NULL,
            email                   text    NOT NULL,
            company_name            text    NOT NULL,
            company_country         text    NOT NULL,
            company_size            text    NOT NULL,
            site_name               text    NOT NULL,
            site_url                text    NOT NULL,
            server_version          text    NOT NULL,
            receive_emails_accepted boolean NOT NULL
        );
        CREATE INDEX IF NOT EXISTS trial_requests_received_at ON portal.trial_requests (received_at DESC);
        """;

    private const string LeadColumns =
        """
        id AS Id, received_at AS ReceivedAt, server_id AS ServerId, outcome AS Outcome, license_id AS LicenseId, users AS Users,
        contact_name AS ContactName, contact_email AS ContactEmail, name AS Name, email AS Email, company_name AS CompanyName,
        company_country AS CompanyCountry, company_size AS CompanySize, site_name AS SiteName, site_url AS SiteUrl,
        server_version AS ServerVersion, receive_emails_accepted AS ReceiveEmailsAccepted
        """;

    /// <summary>Creates the <c>portal</c> database on the embedded server when missing; returns its connection string.</summary>
    public static async Task<string> EnsureDatabaseAsync(EmbeddedPostgres server, CancellationToken cancellationToken)
    {
        await using var admin = new NpgsqlConnection(server.ConnectionString());
        await admin.OpenAsync(cancellationToken);
        if (await admin.ExecuteScalarAsync<int?>(new CommandDefinition("SELECT 1 FROM pg_database WHERE datname = 'portal'", cancellationToken: cancellationToken)) is null)
        {
            await admin.ExecuteAsync(new CommandDefinition("CREATE DATABASE portal", cancellationToken: cancellationToken));
        }

        return server.ConnectionString("portal");
    }

    public async Task CreateSchemaAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(Schema, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Records the request and, if the installation has had no trial, the trial; in one transaction.
    /// Returns the installation's trial: the new one, or the earlier one when this request is refused.
    /// </summary>
    public async Task<(bool Issued, IssuedTrial Trial)> RecordAsync(Lead lead, IssuedTrial candidate, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO portal.trials (server_id, license_id, issued_at, expires_at)
            VALUES (@ServerId, @LicenseId, @IssuedAt, @ExpiresAt) ON CONFLICT (server_id) DO NOTHING
            """,
            candidate,
            transaction,
            cancellationToken: cancellationToken)) == 1;
        var trial = inserted
            ? candidate
            : await connection.QuerySingleAsync<IssuedTrial>(new CommandDefinition(
                "SELECT server_id AS ServerId, license_id AS LicenseId, issued_at AS IssuedAt, expires_at AS ExpiresAt FROM portal.trials WHERE server_id = @ServerId",
                candidate,
                transaction,
                cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO portal.trial_requests (id, received_at, server_id, outcome, license_id, users, contact_name, contact_email, name, email,
                company_name, company_country, company_size, site_name, site_url, server_version, receive_emails_accepted)
            VALUES (@Id, @ReceivedAt, @ServerId, @Outcome, @LicenseId, @Users, @ContactName, @ContactEmail, @Name, @Email,
                @CompanyName, @CompanyCountry, @CompanySize, @SiteName, @SiteUrl, @ServerVersion, @ReceiveEmailsAccepted)
            """,
            lead with { Outcome = inserted ? Issued : Refused, LicenseId = inserted ? candidate.LicenseId : null },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return (inserted, trial);
    }

    public async Task<IReadOnlyList<Lead>> ListLeadsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<Lead>(new CommandDefinition(
            $"SELECT {LeadColumns} FROM portal.trial_requests ORDER BY received_at DESC, id", cancellationToken: cancellationToken))).AsList();
    }
}
