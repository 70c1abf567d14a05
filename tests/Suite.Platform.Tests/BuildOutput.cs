namespace Suite.Platform.Tests;

/// <summary>
/// The build layout: every project builds into <c>artifacts/&lt;kind&gt;/&lt;project&gt;/&lt;configuration&gt;/</c>,
/// and these tests run from their own folder in it.
/// </summary>
internal static class BuildOutput
{
    private static readonly string OwnFolder = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);

    /// <summary><c>debug</c> or <c>release</c>: the configuration the tests were built in.</summary>
    public static string Configuration { get; } = Path.GetFileName(OwnFolder);

    public static string Artifacts { get; } = Path.GetFullPath(Path.Combine(OwnFolder, "..", "..", ".."));

    /// <summary>Where the host discovers modules when no modules folder is configured.</summary>
    public static string Bin { get; } = Path.Combine(Artifacts, "bin");

    public static string ProjectFolder(string project, string kind = "bin") =>
        Path.Combine(Artifacts, kind, project, Configuration);

    /// <summary>Copies a project's build output into <paramref name="destination"/>, as an administrator would install a plugin.</summary>
    public static void Install(string projectFolder, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.EnumerateFiles(projectFolder))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }
    }
}
