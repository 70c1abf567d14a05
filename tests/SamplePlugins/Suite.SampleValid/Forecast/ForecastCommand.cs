using Suite.Platform.Commands;

namespace Suite.SampleValid.Forecast;

/// <summary><c>/sampleforecast [place]</c>: a slash command contributed by a module other than Channels.</summary>
internal sealed class ForecastCommand : ISlashCommand
{
    public string Trigger => "sampleforecast";

    public string AutocompleteDescription => "Tells the sample forecast";

    public string AutocompleteHint => "[place]";

    public Task<SlashCommandResponse> ExecuteAsync(SlashCommandArgs args, CancellationToken cancellationToken) =>
        Task.FromResult(new SlashCommandResponse
        {
            ResponseType = SlashCommandResponse.InChannel,
            Text = $"Sunny in {(args.Text.Length > 0 ? args.Text : "every channel")}, says {nameof(SampleValidModule)}.",
        });
}
