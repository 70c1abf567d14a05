using Suite.Platform.Modules;
using Suite.Testing;

namespace Suite.Platform.Tests.Modules;

/// <summary>
/// Start-up refuses a set of enabled modules that cannot work, naming the modules involved. Every
/// sample plugin is discovered in the build output; <c>Suite:Modules</c> picks the scenario. Loading
/// fails before the database is touched, so these hosts get none.
/// </summary>
public sealed class BrokenModuleSetTests
{
    private const string NoDatabase = "Host=127.0.0.1;Port=9;Database=never_used;Timeout=2";

    [Test]
    public void Start_WithMissingDependency_NamesTheModuleAndTheDependency()
    {
        var error = StartExpectingFailure("SampleOrphan");

        Assert.That(error.Message, Does.StartWith(
            "Module 'SampleOrphan' depends on 'SampleGhost', which is not enabled or not installed."));
    }

    [Test]
    public void Start_WithDependencyCycle_ReportsTheCycle()
    {
        var error = StartExpectingFailure("SampleCycleB", "SampleCycleA");

        Assert.That(error.Message, Is.EqualTo(
            "Modules depend on each other in a cycle: SampleCycleA -> SampleCycleB -> SampleCycleA."));
    }

    [Test]
    public void Start_WithOneHalfOfACycle_ReportsTheMissingOtherHalf()
    {
        var error = StartExpectingFailure("SampleCycleA");

        Assert.That(error.Message, Does.StartWith("Module 'SampleCycleA' depends on 'SampleCycleB'"));
    }

    [Test]
    public void Start_WithEnabledModuleThatIsNotInstalled_ReportsItAndWhatWasFound()
    {
        var error = StartExpectingFailure("Channels", "SampleNowhere");

        Assert.That(error.Message, Does.StartWith("Module 'SampleNowhere' is enabled in Suite:Modules but was not found under"));
        Assert.That(error.Message, Does.Match(@"Found: .*\bChannels\b.*\bSampleValid\b"));
    }

    [TestCase("Boards")]
    [TestCase("Playbooks")]
    public void Start_WithProductModuleButWithoutChannels_NamesChannelsAsTheMissingDependency(string module)
    {
        var error = StartExpectingFailure(module, "Licensing");

        Assert.That(error.Message, Is.EqualTo(
            $"Module '{module}' depends on 'Channels', which is not enabled or not installed. Enable it in Suite:Modules or disable '{module}'."));
    }

    [Test]
    public void Start_WithModuleInstalledTwice_NamesBothAssemblies()
    {
        var modulesFolder = TestDirectories.Create("modules");
        try
        {
            BuildOutput.Install(BuildOutput.ProjectFolder("Suite.SampleValid"), Path.Combine(modulesFolder, "valid"));
            BuildOutput.Install(BuildOutput.ProjectFolder("Suite.SampleDuplicate", "uninstalled-plugins"), Path.Combine(modulesFolder, "impostor"));

            var error = StartExpectingFailure(["SampleValid"], new() { ["Suite:ModulesPath"] = modulesFolder });

            Assert.That(error.Message, Does.StartWith("Module 'SampleValid' is defined more than once: "));
            Assert.That(error.Message, Does.Contain(Path.Combine(modulesFolder, "valid", "Suite.SampleValid.dll")));
            Assert.That(error.Message, Does.Contain(Path.Combine(modulesFolder, "impostor", "Suite.SampleDuplicate.dll")));
        }
        finally
        {
            TestDirectories.Delete(modulesFolder);
        }
    }

    [Test]
    public void Start_WithModulesFolderMissing_SaysHowToFixIt()
    {
        var error = StartExpectingFailure(["Channels"], new() { ["Suite:ModulesPath"] = "/nonexistent/suite-modules" });

        Assert.That(error.Message, Is.EqualTo(
            "Modules folder '/nonexistent/suite-modules' does not exist. Build the solution (dotnet build) or set Suite:ModulesPath."));
    }

    private static ModuleLoadException StartExpectingFailure(params string[] modules) => StartExpectingFailure(modules, []);

    private static ModuleLoadException StartExpectingFailure(string[] modules, Dictionary<string, string?> settings) =>
        Assert.ThrowsAsync<ModuleLoadException>(async () =>
        {
            await using var server = await SuiteTestServer.StartAsync(NoDatabase, modules, settings);
        })!;
}
