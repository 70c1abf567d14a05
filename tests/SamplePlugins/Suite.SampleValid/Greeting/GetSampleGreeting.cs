using Suite.Platform.Mediator;

namespace Suite.SampleValid.Greeting;

internal sealed record GetSampleGreeting : IRequest<SampleGreeting>, IAnonymousRequest;

internal sealed record SampleGreeting(string Text);
