using Suite.Platform.Mediator;

namespace Suite.Boards.Contracts;

/// <summary>
/// Reads a board as <see cref="UserId"/> may see it. Fails with 404 when there is no such board (or
/// it is deleted) and 403 when the user may not view it (not in its team, or not a member of a
/// private board), as the Boards API does.
/// </summary>
/// <param name="BoardId">The board.</param>
/// <param name="UserId">The user acting (a person or a bot).</param>
public sealed record GetBoard(string BoardId, string UserId) : IRequest<BoardInfo>, IAnonymousRequest;

/// <summary>
/// The boards of a team <see cref="UserId"/> may add cards to (editor or admin, by membership,
/// the board's minimum role or a linked channel), ordered by title. Fails with 403 when the user is
/// not a member of the team.
/// </summary>
/// <param name="UserId">The user acting.</param>
/// <param name="TeamId">The team.</param>
public sealed record GetBoardsForUser(string UserId, string TeamId) : IRequest<IReadOnlyList<BoardInfo>>, IAnonymousRequest;

/// <summary>A board, as other modules see it.</summary>
/// <param name="Id">The board's id.</param>
/// <param name="TeamId">Its team.</param>
/// <param name="ChannelId">The linked channel; empty when none.</param>
/// <param name="Type"><c>O</c> (open to the team) or <c>P</c> (private).</param>
/// <param name="Title">Its title.</param>
/// <param name="Icon">Its emoji icon; empty when none.</param>
/// <param name="CanCreateCards">True when the user asking may add and edit cards (editor or admin).</param>
/// <param name="CardProperties">The card properties cards on the board may set.</param>
public sealed record BoardInfo(
    string Id,
    string TeamId,
    string ChannelId,
    string Type,
    string Title,
    string Icon,
    bool CanCreateCards,
    IReadOnlyList<CardPropertyInfo> CardProperties);

/// <summary>A card property of a board.</summary>
/// <param name="Id">The property's id, the key of a card's <c>properties</c>.</param>
/// <param name="Name">The name people see.</param>
/// <param name="Type">Focalboard's property type: <c>text</c>, <c>number</c>, <c>select</c>, <c>multiSelect</c>, <c>date</c>, <c>person</c>, <c>url</c>...</param>
/// <param name="Options">The choices of a <c>select</c> or <c>multiSelect</c> property; empty for other types.</param>
public sealed record CardPropertyInfo(string Id, string Name, string Type, IReadOnlyList<CardPropertyOptionInfo> Options);

/// <summary>A choice of a select property.</summary>
/// <param name="Id">The option's id, the stored value.</param>
/// <param name="Value">The label people see.</param>
public sealed record CardPropertyOptionInfo(string Id, string Value);
