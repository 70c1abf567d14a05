using Suite.Platform.Mediator;

namespace Suite.Boards.Contracts;

/// <summary>
/// Creates a card on a board acting as <see cref="UserId"/>, who must be able to edit the board's
/// cards (editor or admin); with the same validation, storage and realtime events as a card made
/// over the Boards API. Fails with 404 for an unknown board, 403 for a user who may not edit it and
/// 400 for a property the board does not have or a value its type refuses.
/// </summary>
public sealed record CreateCard : IRequest<CreatedCard>, IAnonymousRequest
{
    /// <summary>The board.</summary>
    public required string BoardId { get; init; }

    /// <summary>The user (or bot) creating the card.</summary>
    public required string UserId { get; init; }

    /// <summary>The card's title.</summary>
    public required string Title { get; init; }

    /// <summary>An emoji shown with the title; empty for none.</summary>
    public string Icon { get; init; } = "";

    /// <summary>
    /// Property values keyed by property id or, failing that, by property name (case-insensitive).
    /// A select or multi-select value may name an option by id or by its label; other types take the
    /// value as the Boards API stores it (a number as text, a date as <c>{"from": ms}</c>...).
    /// </summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    /// <summary>Markdown shown as the card's first text block (for example a link back to where the card came from); empty for none.</summary>
    public string Text { get; init; } = "";
}

/// <summary>The card made by <see cref="CreateCard"/>.</summary>
/// <param name="Id">The card's id.</param>
/// <param name="BoardId">Its board.</param>
/// <param name="Url">Where people open it, relative to the site (Mattermost's <c>/boards/team/{team}/{board}/0/{card}</c>).</param>
public sealed record CreatedCard(string Id, string BoardId, string Url);
