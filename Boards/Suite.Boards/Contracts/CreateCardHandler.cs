using System.Text.Json;
using Suite.Boards.Api;
using Suite.Boards.Blocks;
using Suite.Boards.Boards;
using Suite.Boards.Cards;
using Suite.Boards.Members;
using Suite.Platform.Mediator;

namespace Suite.Boards.Contracts;

/// <summary>
/// Answers <see cref="CreateCard"/>: the acting user must be able to edit the board's cards; properties are
/// resolved by id or name (and select options by id or label), then checked as the API checks them.
/// </summary>
internal sealed class CreateCardHandler(BoardAccess access, CardWrites cards) : IRequestHandler<CreateCard, CreatedCard>
{
    public async Task<CreatedCard> Handle(CreateCard request, CancellationToken cancellationToken)
    {
        var actor = new Actor(request.UserId, IsSystemAdmin: false);
        var (board, _) = await access.RequireAsync(request.BoardId, actor, BoardPermission.ManageBoardCards, "access denied to create card", cancellationToken);
        var card = new Card { Title = request.Title, Icon = request.Icon, Properties = Resolve(board, request.Properties) };
        var content = new List<Block>();
        if (request.Text.Length > 0)
        {
            content.Add(new Block { Id = BoardIds.NewFor(BlockTypes.Text), Type = BlockTypes.Text, Title = request.Text });
        }

        card.Id = BoardIds.NewFor(BlockTypes.Card);
        foreach (var block in content)
        {
            block.ParentId = card.Id;
            card.ContentOrder.Add(BoardsJson.ToElement(block.Id));
        }

        var created = await cards.CreateAsync(board, card, actor.UserId, content, cancellationToken);
        return new CreatedCard(created.Id, board.Id, $"/boards/team/{board.TeamId}/{board.Id}/0/{created.Id}");
    }

    private static Dictionary<string, JsonElement> Resolve(Board board, IReadOnlyDictionary<string, string> properties)
    {
        var resolved = new Dictionary<string, JsonElement>();
        foreach (var (key, value) in properties)
        {
            var property = board.CardProperties.FirstOrDefault(p => p.Id == key)
                ?? board.CardProperties.FirstOrDefault(p => string.Equals(p.Name, key, StringComparison.OrdinalIgnoreCase))
                ?? throw BoardsErrors.BadRequest($"invalid card property, the board has no property \"{key}\"");
            var option = PropertyTypes.WithOptions.Contains(property.Type)
                ? property.Options.FirstOrDefault(o => o.Id == value) ?? property.Options.FirstOrDefault(o => string.Equals(o.Value, value, StringComparison.OrdinalIgnoreCase))
                : null;
            var stored = option?.Id ?? value;
            resolved[property.Id] = property.Type == PropertyTypes.MultiSelect || property.Type == PropertyTypes.MultiPerson
                ? BoardsJson.ToElement(new[] { stored })
                : BoardsJson.ToElement(stored);
        }

        return resolved;
    }
}
