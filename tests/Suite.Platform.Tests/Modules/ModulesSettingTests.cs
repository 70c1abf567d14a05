using Microsoft.Extensions.Configuration;

namespace Suite.Platform.Tests.Modules;

/// <summary>
/// <c>Suite:Modules</c> is a list in appsettings.json and a comma-separated string in an environment
/// variable or argument; as for any setting, the source added last decides.
/// </summary>
public sealed class ModulesSettingTests
{
    private static readonly Dictionary<string, string?> AsList = new() { ["Suite:Modules:0"] = "Channels", ["Suite:Modules:1"] = "Boards" };
    private static readonly Dictionary<string, string?> AsString = new() { ["Suite:Modules"] = "Channels, Licensing" };

    [Test]
    public void Modules_AsStringAddedAfterAList_OverrideTheList()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(AsList).AddInMemoryCollection(AsString).Build();

        Assert.That(SuiteOptions.From(configuration).Modules, Is.EqualTo(new[] { "Channels", "Licensing" }));
    }

    [Test]
    public void Modules_AsListAddedAfterAString_OverrideTheString()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(AsString).AddInMemoryCollection(AsList).Build();

        Assert.That(SuiteOptions.From(configuration).Modules, Is.EqualTo(new[] { "Channels", "Boards" }));
    }

    [Test]
    public void Modules_AsStringAlone_AreSplitTrimmedAndDeduplicated()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Suite:Modules"] = " Channels,,boards , Boards" })
            .Build();

        Assert.That(SuiteOptions.From(configuration).Modules, Is.EqualTo(new[] { "Channels", "boards" }));
    }
}
