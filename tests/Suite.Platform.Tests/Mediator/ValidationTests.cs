using Suite.Platform.Errors;
using Suite.Platform.Tests.Mediator.Widgets;

namespace Suite.Platform.Tests.Mediator;

public sealed class ValidationTests
{
    internal const string GoodId = "abcdefghijklmnopqrstuvwxyz";
    private const string BadId = "not-an-id";

    private MediatorHarness _mediator = null!;

    [SetUp]
    public void CreateMediator() => _mediator = new MediatorHarness();

    [TearDown]
    public void DisposeMediator() => _mediator.Dispose();

    [TestCase(BadId, "Gadget", GoodId, "widget_id")]
    [TestCase(GoodId, "", GoodId, "display_name")]
    [TestCase(GoodId, "Gadget", BadId, "owner.user_id")]
    [TestCase(BadId, "", BadId, "widget_id, display_name, owner.user_id")]
    public void Send_WithInvalidFields_Answers400NamingEachFieldInSnakeCase(string widgetId, string displayName, string ownerId, string fields)
    {
        using var user = _mediator.SignIn("alice");

        var error = Assert.ThrowsAsync<AppErrorException>(() =>
            _mediator.Sender.Send(new UpdateWidget(widgetId, displayName, new WidgetOwner(ownerId))))!.Error;

        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(400));
            Assert.That(error.Id, Is.EqualTo("api.context.invalid_body_param.app_error"));
            Assert.That(error.Message, Is.EqualTo($"Invalid or missing {fields} in request body."));
            foreach (var field in fields.Split(", "))
            {
                Assert.That(error.DetailedError, Does.Contain($"{field}: "));
            }
        });
        Assert.That(_mediator.Calls.Count(nameof(UpdateWidget)), Is.Zero);
    }

    [Test]
    public void Send_WithTooLongField_ExplainsTheRuleInTheDetails()
    {
        using var user = _mediator.SignIn("alice");

        var error = Assert.ThrowsAsync<AppErrorException>(() =>
            _mediator.Sender.Send(new UpdateWidget(GoodId, new string('x', 65), new WidgetOwner(GoodId))))!.Error;

        Assert.That(error.DetailedError, Does.StartWith("display_name: ").And.Contain("64"));
    }
}
