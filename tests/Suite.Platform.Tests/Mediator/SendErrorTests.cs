using Suite.Platform.Errors;
using Suite.Platform.Tests.Mediator.Widgets;

namespace Suite.Platform.Tests.Mediator;

public sealed class SendErrorTests
{
    private MediatorHarness _mediator = null!;

    [SetUp]
    public void CreateMediator() => _mediator = new MediatorHarness();

    [TearDown]
    public void DisposeMediator() => _mediator.Dispose();

    [Test]
    public void Send_RequestThatNoLoadedModuleHandles_Answers501()
    {
        var error = Assert.ThrowsAsync<AppErrorException>(() => _mediator.Sender.Send(new FeedTheUnicorn()))!.Error;

        Assert.That((error.StatusCode, error.Id), Is.EqualTo((501, "api.mediator.no_handler.app_error")));
        Assert.That(error.Message, Is.EqualTo("No loaded module handles FeedTheUnicorn."));
    }

    [Test]
    public void Send_WhenABehaviorRefusesBeforeAnyAwait_ReturnsAFaultedTaskInsteadOfThrowing()
    {
        Task<string>? send = null;

        Assert.DoesNotThrow(() => send = _mediator.Sender.Send(new ScheduleReport()));

        Assert.That(send!.IsFaulted);
        Assert.That(send.Exception!.InnerException, Is.TypeOf<AppErrorException>());
    }

    [Test]
    public void Send_WhenTheHandlerThrowsForACanceledToken_ReturnsACanceledTask()
    {
        var send = _mediator.Sender.Send(new PingWidgets(), new CancellationToken(canceled: true));

        Assert.That(send.IsCanceled);
    }
}
