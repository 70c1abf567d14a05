namespace Suite.Platform.Configuration;

/// <summary>The JSON type of a setting's value.</summary>
public enum ConfigValueKind
{
    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A whole number.</summary>
    WholeNumber,

    /// <summary>A string.</summary>
    Text,
}

/// <summary>Who sees a setting in <c>GET /api/v4/config/client</c>.</summary>
public enum ClientExposure
{
    /// <summary>Only system admins, through <c>GET /api/v4/config</c>.</summary>
    None,

    /// <summary>Signed-in users too.</summary>
    SignedIn,

    /// <summary>Everyone, signed in or not (Mattermost's limited client configuration).</summary>
    Everyone,
}

/// <summary>
/// A setting a system admin may change through <c>PUT /api/v4/config</c>, declared by the module
/// that reads it: Mattermost's section and field name, and the Suite configuration key it is stored
/// under. A stored value overrides the configuration files at the next read of the key; code that
/// reads it through <c>IOptionsMonitor</c> sees it at once, other code at the next start
/// (<see cref="AppliesWithoutRestart"/>).
/// </summary>
/// <param name="Section">Mattermost's section, for example <c>ServiceSettings</c>.</param>
/// <param name="Name">Mattermost's field, for example <c>EnableBotAccountCreation</c>.</param>
/// <param name="Key">The Suite configuration key, for example <c>Suite:Bots:EnableBotAccountCreation</c>.</param>
/// <param name="Kind">The value's type.</param>
/// <param name="Default">The value when neither configuration nor an admin set one, as configuration text.</param>
public sealed record ConfigSetting(string Section, string Name, string Key, ConfigValueKind Kind, string Default)
{
    /// <summary>Who sees it in the client configuration.</summary>
    public ClientExposure Client { get; init; } = ClientExposure.None;

    /// <summary>Its name in the client configuration when that differs from <see cref="Name"/>.</summary>
    public string? ClientName { get; init; }

    /// <summary>When set, clients see <see cref="Default"/> unless the license enables this feature.</summary>
    public string? LicensedFeature { get; init; }

    /// <summary>Smallest accepted value of an integer setting.</summary>
    public long Minimum { get; init; } = long.MinValue;

    /// <summary>Largest accepted value of an integer setting.</summary>
    public long Maximum { get; init; } = long.MaxValue;

    /// <summary>False when a change applies only at the next start.</summary>
    public bool AppliesWithoutRestart { get; init; } = true;

    /// <summary><c>Section.Name</c>, as error messages name it.</summary>
    public string Path => $"{Section}.{Name}";
}
