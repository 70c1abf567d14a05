using Microsoft.Extensions.DependencyInjection;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;
using Suite.Platform.Tests.Mediator.Widgets;

namespace Suite.Platform.Tests.Mediator;

/// <summary>Every request passes logging, validation, authorization and the feature gate, in that order.</summary>
public sealed class PipelineOrderTests
{
    private MediatorHarness _mediator = null!;

    [SetUp]
    public void CreateMediator() => _mediator = new MediatorHarness();

    [TearDown]
    public void DisposeMediator() => _mediator.Dispose();

    [Test]
    public void Behaviors_AreRegisteredOutermostFirst()
    {
        var behaviors = _mediator.Service<IEnumerable<IPipelineBehavior<PingWidgets, string>>>().Select(b => b.GetType().GetGenericTypeDefinition());

        Assert.That(behaviors, Is.EqualTo(new[]
        {
            typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>), typeof(AuthorizationBehavior<,>), typeof(FeatureGateBehavior<,>),
        }));
    }

    // ExportAuditLog is validated, needs a signed-in user and is gated: the first behaviour that objects answers.
    [TestCase(false, "xml", 400, "api.context.invalid_body_param.app_error", TestName = "Send_Anonymously_WithInvalidBody_IsRefusedByValidationBeforeAuthorization")]
    [TestCase(false, "csv", 401, "api.context.session_expired.app_error", TestName = "Send_Anonymously_WithValidBody_IsRefusedByAuthorizationBeforeTheFeatureGate")]
    [TestCase(true, "xml", 400, "api.context.invalid_body_param.app_error", TestName = "Send_SignedIn_WithInvalidBody_IsRefusedByValidationBeforeTheFeatureGate")]
    [TestCase(true, "csv", 403, "api.license.feature_unavailable.app_error", TestName = "Send_SignedIn_WithValidBody_IsRefusedByTheFeatureGateBeforeTheHandler")]
    public void Send_RefusedRequest_IsAnsweredByTheFirstBehaviorThatObjectsAndLoggedByTheOutermost(
        bool signedIn, string format, int status, string errorId)
    {
        using var user = signedIn ? _mediator.SignIn("alice") : null;

        var error = Assert.ThrowsAsync<AppErrorException>(() => _mediator.Sender.Send(new ExportAuditLog(format)))!.Error;

        Assert.That((error.StatusCode, error.Id), Is.EqualTo((status, errorId)));
        Assert.That(_mediator.Log.Messages, Does.Contain($"ExportAuditLog refused with {status} {errorId}"));
        Assert.That(_mediator.Calls.Count(nameof(ExportAuditLog)), Is.Zero);
    }

    [Test]
    public async Task Send_WhenEveryBehaviorAgrees_ReachesTheHandlerOnce()
    {
        using var user = _mediator.SignIn("alice");

        var response = await _mediator.Sender.Send(new UpdateWidget(ValidationTests.GoodId, "Gadget", new WidgetOwner(ValidationTests.GoodId)));

        Assert.That(response, Is.EqualTo("Gadget"));
        Assert.That(_mediator.Calls.Count(nameof(UpdateWidget)), Is.EqualTo(1));
    }
}
