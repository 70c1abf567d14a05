using Suite.Boards.Api;
using Suite.Boards.Members;
using Suite.Platform;

namespace Suite.Boards.Boards;

/// <summary>What a board must be to be stored: Focalboard's <c>Board.IsValid</c> plus typed card properties.</summary>
internal static class BoardRules
{
    public const int MaxTitleLength = 1024;

    public static void Validate(Board board)
    {
        if (!Ids.IsValid(board.TeamId))
        {
            throw BoardsErrors.BadRequest("invalid-team-id");
        }

        if (board.ChannelId.Length > 0 && !Ids.IsValid(board.ChannelId))
        {
            throw BoardsErrors.BadRequest("invalid-channel-id");
        }

        if (board.Type is not (Board.Open or Board.Private))
        {
            throw BoardsErrors.BadRequest("invalid-board-type");
        }

        if (!BoardRoles.IsValid(board.MinimumRole))
        {
            throw BoardsErrors.BadRequest("invalid-board-minimum-role");
        }

        if (board.Title.Length > MaxTitleLength)
        {
            throw BoardsErrors.BadRequest($"invalid board title: at most {MaxTitleLength} characters");
        }

        ValidateCardProperties(board.CardProperties);
    }

    public static void ValidateCardProperties(IReadOnlyList<CardPropertyTemplate> properties)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            if (property is null || string.IsNullOrEmpty(property.Id))
            {
                throw BoardsErrors.BadRequest("invalid card property, id must be a non empty string");
            }

            if (!ids.Add(property.Id))
            {
                throw BoardsErrors.BadRequest($"invalid card property, id {property.Id} is used twice");
            }

            if (!PropertyTypes.All.Contains(property.Type ?? ""))
            {
                throw BoardsErrors.BadRequest($"invalid card property, type of property \"{property.Id}\" must be one of {string.Join(", ", PropertyTypes.All)}");
            }

            property.Name ??= "";
            property.Options ??= [];
            ValidateOptions(property);
        }
    }

    private static void ValidateOptions(CardPropertyTemplate property)
    {
        var optionIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in property.Options)
        {
            if (option is null || string.IsNullOrEmpty(option.Id) || !optionIds.Add(option.Id))
            {
                throw BoardsErrors.BadRequest($"invalid card property, options of property \"{property.Id}\" need distinct non empty ids");
            }

            option.Value ??= "";
            option.Color = string.IsNullOrEmpty(option.Color) ? PropertyTypes.DefaultColor : option.Color;
            if (!PropertyTypes.Colors.Contains(option.Color))
            {
                throw BoardsErrors.BadRequest($"invalid card property, color of option \"{option.Id}\" must be one of {string.Join(", ", PropertyTypes.Colors)}");
            }
        }
    }
}
