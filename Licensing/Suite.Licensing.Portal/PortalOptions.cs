namespace Suite.Licensing.Portal;

/// <summary>Section <c>Portal</c>.</summary>
internal sealed class PortalOptions
{
    /// <summary>The vendor's private key (PEM) trials are signed with. Required.</summary>
    public required string SigningKeyPath { get; init; }

    /// <summary>The bearer token of the vendor endpoints (leads); they are closed when it is unset.</summary>
    public string? AdminToken { get; init; }

    /// <summary>Where the embedded PostgreSQL lives when <c>ConnectionStrings:Portal</c> is unset.</summary>
    public string DataDirectory { get; init; } = ".portal";

    public static PortalOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Portal");
        return new PortalOptions
        {
            SigningKeyPath = section["SigningKeyPath"] is { Length: > 0 } key
                ? key
                : throw new InvalidOperationException("Portal:SigningKeyPath is required: the PEM private key trials are signed with."),
            AdminToken = section["AdminToken"] is { Length: > 0 } token ? token : null,
            DataDirectory = section["DataDirectory"] is { Length: > 0 } directory ? directory : ".portal",
        };
    }
}
