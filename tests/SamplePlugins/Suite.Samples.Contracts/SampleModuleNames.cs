namespace Suite.Samples.Contracts;

/// <summary>Names the sample plugins register under.</summary>
public static class SampleModuleNames
{
    /// <summary>The valid sample: an endpoint, a migration, a request handler, a notification handler.</summary>
    public const string Valid = "SampleValid";

    /// <summary>Depends on <see cref="Valid"/>, handles <see cref="SamplePing"/> and sends <see cref="SampleEcho"/>.</summary>
    public const string Listener = "SampleListener";

    /// <summary>Keeps a document, an event stream and an inline projection in its own Marten store.</summary>
    public const string Documents = "SampleDocuments";
}
