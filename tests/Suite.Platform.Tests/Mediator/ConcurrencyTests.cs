using Suite.Platform.Errors;
using Suite.Platform.Tests.Mediator.Widgets;

namespace Suite.Platform.Tests.Mediator;

/// <summary>The pipeline reuses its per-thread invocation only when a send is finished with it.</summary>
public sealed class ConcurrencyTests
{
    private MediatorHarness _mediator = null!;

    [SetUp]
    public void CreateMediator() => _mediator = new MediatorHarness();

    [TearDown]
    public void DisposeMediator() => _mediator.Dispose();

    [Test]
    public async Task ConcurrentSends_EachGetTheAnswerToTheirOwnRequest()
    {
        const int sends = 3000;

        var outcomes = await Task.WhenAll(Enumerable.Range(0, sends).Select(i => Task.Run(() => SendAs(i))));

        var wrong = outcomes.Where(o => o.Actual != o.Expected).Take(5).Select(o => $"#{o.Index}: expected {o.Expected}, got {o.Actual}");
        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public async Task Send_NestedInAnAuthorizerAndAHandlerOfTheSameRequest_LeavesTheOuterSendIntact()
    {
        Assert.That(await _mediator.Sender.Send(new Countdown(5)), Is.EqualTo("5,4,3,2,1,0"));
    }

    // Some senders are anonymous, some requests invalid, so refusals interleave with answers.
    private async Task<(int Index, string Expected, string Actual)> SendAs(int index)
    {
        var anonymous = index % 13 == 0;
        var size = index % 11 == 0 ? -index : index;
        var userId = $"user{index % 7}";
        var expected = size < 0 ? "400" : anonymous ? "401" : $"{userId}:{size * 3}";
        using var user = anonymous ? null : _mediator.SignIn(userId);
        try
        {
            return (index, expected, await _mediator.Sender.Send(new ScaleWidget(size)));
        }
        catch (AppErrorException ex)
        {
            return (index, expected, ex.Error.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
