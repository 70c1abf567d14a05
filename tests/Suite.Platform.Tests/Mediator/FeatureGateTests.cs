using Suite.Platform.Errors;
using Suite.Platform.Licensing;
using Suite.Platform.Mediator;
using Suite.Platform.Tests.Mediator.Widgets;

namespace Suite.Platform.Tests.Mediator;

/// <summary>Without a license every paid feature is off, and the refusal says which feature and edition.</summary>
public sealed class FeatureGateTests
{
    private MediatorHarness _mediator = null!;

    [SetUp]
    public void CreateMediator() => _mediator = new MediatorHarness();

    [TearDown]
    public void DisposeMediator() => _mediator.Dispose();

    [TestCase(WidgetsModule.AuditLog, "Audit log", "Enterprise")]
    [TestCase(WidgetsModule.ScheduledReports, "Scheduled reports", "Professional")]
    public void Send_GatedRequestWithoutLicense_Answers403NamingTheFeatureAndEdition(string feature, string name, string edition)
    {
        using var user = _mediator.SignIn("alice");
        IRequest<string> request = feature == WidgetsModule.AuditLog ? new ExportAuditLog("csv") : new ScheduleReport();

        var error = Assert.ThrowsAsync<AppErrorException>(() => _mediator.Sender.Send(request))!.Error;

        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(403));
            Assert.That(error.Id, Is.EqualTo("api.license.feature_unavailable.app_error"));
            Assert.That(error.Message, Is.EqualTo($"{name} requires the {edition} edition. Start a trial or install a license to use it."));
            Assert.That(error.DetailedError, Is.EqualTo($"feature={feature}; edition={edition}"));
        });
        Assert.That(_mediator.Calls.Count(request.GetType().Name), Is.Zero);
    }

    [Test]
    public void Send_GatedOnAFeatureNoModuleDeclares_Answers403WithoutInventingAnEdition()
    {
        using var user = _mediator.SignIn("alice");

        var error = Assert.ThrowsAsync<AppErrorException>(() => _mediator.Sender.Send(new RideHoverboard()))!.Error;

        Assert.That(error.Message, Is.EqualTo("hoverboards requires a paid edition. Start a trial or install a license to use it."));
        Assert.That(error.DetailedError, Is.EqualTo("feature=hoverboards"));
        Assert.That(_mediator.Calls.Count(nameof(RideHoverboard)), Is.Zero);
    }

    [Test]
    public void UnlicensedGate_ReportsEveryDeclaredFeatureOff()
    {
        var gate = _mediator.Service<IFeatureGate>();

        var described = gate.Describe();

        Assert.That(described.Select(d => d.Feature.Key), Is.EquivalentTo(new[] { WidgetsModule.AuditLog, WidgetsModule.ScheduledReports }));
        Assert.That(described.Select(d => d.Enabled), Is.All.False);
        Assert.That(described.Select(d => gate.IsEnabled(d.Feature.Key)), Is.All.False);
    }
}
