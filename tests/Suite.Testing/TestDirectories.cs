namespace Suite.Testing;

/// <summary>Temporary directories the <c>postgres</c> OS user can reach (world-executable parents).</summary>
public static class TestDirectories
{
    /// <summary>Creates a new directory under the system temp folder.</summary>
    public static string Create(string purpose)
    {
        var path = Path.Combine(Path.GetTempPath(), "suite-tests", $"{purpose}-{Guid.NewGuid():N}"[..24]);
        Directory.CreateDirectory(path);
        if (!OperatingSystem.IsWindows())
        {
            var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
            File.SetUnixFileMode(Path.GetDirectoryName(path)!, mode);
            File.SetUnixFileMode(path, mode);
        }

        return path;
    }

    /// <summary>Removes a directory made by <see cref="Create"/>, ignoring what is already gone.</summary>
    public static void Delete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
