namespace Suite.Testing.Licensing;

/// <summary>Settings for a Suite process joining a node that already runs: a cluster needs an Enterprise license.</summary>
public static class ClusterNodes
{
    public static Dictionary<string, string?> LicensedSettings()
    {
        var settings = TestKeys.ServerSettings();
        settings["SUITE_LICENSE"] = TestLicenses.SignedText();
        return settings;
    }
}
