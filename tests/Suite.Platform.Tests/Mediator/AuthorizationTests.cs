using Suite.Platform.Errors;
using Suite.Platform.Tests.Mediator.Widgets;

namespace Suite.Platform.Tests.Mediator;

public sealed class AuthorizationTests
{
    private MediatorHarness _mediator = null!;

    [SetUp]
    public void CreateMediator() => _mediator = new MediatorHarness();

    [TearDown]
    public void DisposeMediator() => _mediator.Dispose();

    [Test]
    public void Send_WithoutSignIn_Answers401()
    {
        var error = Assert.ThrowsAsync<AppErrorException>(() =>
            _mediator.Sender.Send(new UpdateWidget(ValidationTests.GoodId, "Gadget", new WidgetOwner(ValidationTests.GoodId))))!.Error;

        Assert.That((error.StatusCode, error.Id), Is.EqualTo((401, "api.context.session_expired.app_error")));
    }

    [Test]
    public async Task Send_AnonymousRequestWithoutSignIn_ReachesTheHandler()
    {
        Assert.That(await _mediator.Sender.Send(new PingWidgets()), Is.EqualTo("pong"));
    }

    [Test]
    public void Send_SystemAdminRequest_AsOrdinaryUser_Answers403()
    {
        using var user = _mediator.SignIn("alice");

        var error = Assert.ThrowsAsync<AppErrorException>(() => _mediator.Sender.Send(new PurgeWidgets()))!.Error;

        Assert.That((error.StatusCode, error.Id), Is.EqualTo((403, "api.context.permissions.app_error")));
        Assert.That(_mediator.Calls.Count(nameof(PurgeWidgets)), Is.Zero);
    }

    [Test]
    public void Send_SystemAdminRequest_Anonymously_Answers401()
    {
        var error = Assert.ThrowsAsync<AppErrorException>(() => _mediator.Sender.Send(new PurgeWidgets()))!.Error;

        Assert.That(error.StatusCode, Is.EqualTo(401));
    }

    [Test]
    public async Task Send_SystemAdminRequest_AsSystemAdmin_ReachesTheHandler()
    {
        using var user = _mediator.SignIn("root", systemAdmin: true);

        await _mediator.Sender.Send(new PurgeWidgets());

        Assert.That(_mediator.Calls.Count(nameof(PurgeWidgets)), Is.EqualTo(1));
    }

    [Test]
    public async Task Send_WhenEveryAuthorizerAllows_ReachesTheHandler()
    {
        using var user = _mediator.SignIn("alice");

        Assert.That(await _mediator.Sender.Send(new ArchiveWidget("w1", "alice")), Is.EqualTo("archived w1"));
    }

    [Test]
    public void Send_WhenAnAsynchronousAuthorizerRefuses_AnswersItsErrorAndSkipsTheHandler()
    {
        using var user = _mediator.SignIn("mallory");

        var error = Assert.ThrowsAsync<AppErrorException>(() => _mediator.Sender.Send(new ArchiveWidget("w1", "alice")))!.Error;

        Assert.That((error.StatusCode, error.Id), Is.EqualTo((403, "api.context.permissions.app_error")));
        Assert.That(error.DetailedError, Is.EqualTo("Only the widget's owner may archive it."));
        Assert.That(_mediator.Calls.Count(nameof(ArchiveWidget)), Is.Zero);
    }

    [Test]
    public void Send_WhenOneOfTwoAuthorizersRefuses_IsRefused()
    {
        using var user = _mediator.SignIn("alice");

        var error = Assert.ThrowsAsync<AppErrorException>(() =>
            _mediator.Sender.Send(new ArchiveWidget(UnlockedWidgetAuthorizer.LockedWidgetId, "alice")))!.Error;

        Assert.That((error.StatusCode, error.Id), Is.EqualTo((404, "app.not_found.app_error")));
        Assert.That(_mediator.Calls.Count(nameof(ArchiveWidget)), Is.Zero);
    }
}
