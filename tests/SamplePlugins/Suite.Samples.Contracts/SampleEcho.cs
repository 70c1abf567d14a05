using Suite.Platform.Mediator;

namespace Suite.Samples.Contracts;

/// <summary>Asks the SampleValid module to echo <paramref name="Text"/> back, rendered as Markdown. Anyone may send it.</summary>
/// <param name="Text">Between 1 and 100 characters.</param>
public sealed record SampleEcho(string Text) : IRequest<SampleEchoed>, IAnonymousRequest;

/// <summary>The echo, and which module answered it.</summary>
/// <param name="Text">The text as sent.</param>
/// <param name="Html">The text rendered as Markdown.</param>
/// <param name="Module">The module whose handler answered.</param>
public sealed record SampleEchoed(string Text, string Html, string Module);
