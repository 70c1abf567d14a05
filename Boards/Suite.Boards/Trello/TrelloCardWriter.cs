using System.Globalization;
using System.Text.Json;
using Suite.Boards.Api;
using Suite.Boards.Blocks;
using Suite.Boards.Boards;
using Suite.Boards.Cards;
using Suite.Boards.Imports;

namespace Suite.Boards.Trello;

/// <summary>Writes one Trello card (its properties and content) and the comments on cards.</summary>
internal sealed class TrelloCardWriter(ImportContext context, Board board, TrelloPeople people)
{
    public async Task WriteAsync(TrelloCard card, string cardId, List<TrelloChecklist> checklists, TrelloBoard trello, CancellationToken cancellationToken)
    {
        var createAt = TrelloImporter.CreatedAt(card.Id) ?? context.Now;
        var content = new List<Block>();
        if (card.Desc.Length > 0)
        {
            content.Add(Content(cardId, BlockTypes.Text, card.Desc, createAt, []));
            context.Summary.Imported.ContentBlocks++;
        }

        foreach (var checklist in checklists)
        {
            content.Add(Content(cardId, BlockTypes.Text, "### " + checklist.Name, createAt, new() { ["checklistName"] = checklist.Name }));
            context.Summary.Imported.Checklists++;
            foreach (var item in checklist.CheckItems.OrderBy(i => i.Pos))
            {
                content.Add(Content(cardId, BlockTypes.Checkbox, item.Name, createAt, new() { ["value"] = item.State == "complete" }));
                context.Summary.Imported.ChecklistItems++;
            }
        }

        foreach (var attachment in card.Attachments.OrderBy(a => a.Pos))
        {
            var name = attachment.Name.Length > 0 ? attachment.Name : attachment.FileName ?? attachment.Url;
            content.Add(Content(cardId, BlockTypes.Text, $"[{name.Replace("]", "\\]", StringComparison.Ordinal)}](<{attachment.Url}>)", TrelloImporter.Millis(attachment.Date) ?? createAt, new()
            {
                ["attachmentUrl"] = attachment.Url,
                ["attachmentName"] = name,
                ["mimeType"] = attachment.MimeType ?? "",
                ["bytes"] = attachment.Bytes ?? 0,
            }));
            context.Summary.Imported.Attachments++;
        }

        var block = new Card
        {
            Id = cardId,
            BoardId = board.Id,
            Title = card.Name,
            ContentOrder = content.Select(c => BoardsJson.ToElement(c.Id)).ToList(),
            Properties = Properties(card, trello),
        }.ToBlock();
        Stamp(block, createAt, context.UserId);
        Validate(block, card);
        await context.Transaction.InsertAsync(block, cancellationToken);
        context.Summary.Imported.Cards++;
        foreach (var item in content)
        {
            BlockRules.Validate(board, item);
            await context.Transaction.InsertAsync(item, cancellationToken);
        }
    }

    public async Task WriteCommentAsync(TrelloAction comment, Dictionary<string, string> cardIds, CancellationToken cancellationToken)
    {
        if (!cardIds.TryGetValue(comment.Data.Card!.Id, out var cardId))
        {
            context.Summary.Warnings.Add($"a comment of {comment.Date} is on a card that is not in the export and was not imported");
            return;
        }

        var authorId = people.UserIdOf(comment.IdMemberCreator);
        var fields = new Dictionary<string, object>();
        if (authorId is null)
        {
            // Nobody here wrote it: the importer holds it, and the Trello author stays with it.
            fields["importedAuthor"] = people.NameOf(comment.IdMemberCreator);
        }

        var block = Content(cardId, BlockTypes.Comment, comment.Data.Text, TrelloImporter.Millis(comment.Date) ?? context.Now, fields);
        Stamp(block, block.CreateAt, authorId ?? context.UserId);
        BlockRules.Validate(board, block);
        await context.Transaction.InsertAsync(block, cancellationToken);
        context.Summary.Imported.Comments++;
    }

    private Dictionary<string, JsonElement> Properties(TrelloCard card, TrelloBoard trello)
    {
        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        void Set(string property, object value) => values[property] = BoardsJson.ToElement(value);

        if (card.IdList is { } list && Options(TrelloImporter.ListProperty).Contains(list))
        {
            Set(TrelloImporter.ListProperty, list);
        }
        else
        {
            context.Summary.Warnings.Add($"card \"{card.Name}\" is in no list of the board");
        }

        var labels = card.IdLabels.Where(Options(TrelloImporter.LabelsProperty).Contains).Distinct().ToList();
        if (labels.Count > 0)
        {
            Set(TrelloImporter.LabelsProperty, labels);
        }

        var members = card.IdMembers.Select(people.UserIdOf).OfType<string>().Distinct().ToList();
        if (members.Count > 0)
        {
            Set(TrelloImporter.MembersProperty, members);
        }

        var others = card.IdMembers.Where(m => people.UserIdOf(m) is null).Select(people.NameOf).ToList();
        if (others.Count > 0)
        {
            Set(TrelloImporter.OtherMembersProperty, string.Join(", ", others));
        }

        if (DateValue(card.Start) is { } start)
        {
            Set(TrelloImporter.StartProperty, start);
        }

        if (DateValue(card.Due) is { } due)
        {
            Set(TrelloImporter.DueProperty, due);
        }

        if (card.DueComplete)
        {
            Set(TrelloImporter.DueCompleteProperty, "true");
        }

        if (card.Closed)
        {
            Set(TrelloImporter.ArchivedProperty, "true");
        }

        if ((card.ShortUrl.Length > 0 ? card.ShortUrl : card.Url) is { Length: > 0 } link)
        {
            Set(TrelloImporter.LinkProperty, link);
        }

        foreach (var item in card.CustomFieldItems)
        {
            if (CustomFieldValue(item, trello) is { } value)
            {
                Set(TrelloImporter.CustomFieldPrefix + item.IdCustomField, value);
            }
        }

        return values;
    }

    private string? CustomFieldValue(TrelloCustomFieldItem item, TrelloBoard trello)
    {
        var field = trello.CustomFields.FirstOrDefault(f => f.Id == item.IdCustomField);
        var value = item.Value;
        var text = field?.Type switch
        {
            null => null,
            "list" => item.IdValue is { } option && field.Options.Any(o => o.Id == option) ? option : null,
            "checkbox" => value?.Checked == "true" ? "true" : null,
            "date" => DateValue(value?.Date),
            "number" => double.TryParse(value?.Number, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? value!.Number : null,
            _ => value?.Text ?? value?.Number ?? value?.Date ?? value?.Checked,
        };
        if (text is null && field is not null && (value is not null || item.IdValue is not null))
        {
            context.Summary.Warnings.Add($"a value of custom field \"{field.Name}\" could not be read and was not imported");
        }

        return text;
    }

    private HashSet<string> Options(string propertyId) =>
        board.CardProperties.First(p => p.Id == propertyId).Options.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);

    private static string? DateValue(string? text) =>
        TrelloImporter.Millis(text) is { } millis ? JsonSerializer.Serialize(new { from = millis, includeTime = true }) : null;

    private void Validate(Block block, TrelloCard card)
    {
        if (TrelloImporter.Check(() => BlockRules.Validate(board, block)) is { } problem)
        {
            throw new InvalidDataException($"card \"{card.Name}\" ({card.Id}) cannot be imported: {problem.Error.Message}");
        }
    }

    private Block Content(string cardId, string type, string title, long createAt, Dictionary<string, object> fields)
    {
        var block = new Block
        {
            Id = BoardIds.NewFor(type),
            BoardId = board.Id,
            ParentId = cardId,
            Type = type,
            Title = title,
            Fields = fields.ToDictionary(f => f.Key, f => BoardsJson.ToElement(f.Value)),
        };
        Stamp(block, createAt, context.UserId);
        return block;
    }

    private void Stamp(Block block, long createAt, string createdBy)
    {
        block.CreatedBy = createdBy;
        block.ModifiedBy = context.UserId;
        block.CreateAt = createAt;
        block.UpdateAt = context.Now;
        block.Schema = 1;
    }
}
