using FluentValidation;
using Suite.Platform.Errors;
using Suite.Platform.Mediator;
using Suite.Playbooks.Conditions;
using Suite.Playbooks.Playbooks;

namespace Suite.Playbooks.PropertyFields;

/// <summary>
/// <c>GET /playbooks/{id}/property_fields</c>: the playbook's fields in order, those changed after
/// <c>updated_since</c> when given. Reading needs no license, so an expired one hides nothing.
/// </summary>
internal sealed record GetPlaybookPropertyFieldsRequest(string PlaybookId, long UpdatedSince) : IRequest<List<PropertyField>>;

internal sealed class GetPlaybookPropertyFieldsHandler(PlaybookAccess access, PropertyFieldStore fields)
    : IRequestHandler<GetPlaybookPropertyFieldsRequest, List<PropertyField>>
{
    public async Task<List<PropertyField>> Handle(GetPlaybookPropertyFieldsRequest request, CancellationToken cancellationToken)
    {
        await access.ReadableAsync(request.PlaybookId, cancellationToken);
        return await fields.ListAsync(request.PlaybookId, cancellationToken, request.UpdatedSince);
    }
}

/// <summary><c>POST /playbooks/{id}/property_fields</c>: a new field, placed last; answers it with its ids.</summary>
[RequiresFeature(PlaybookFeatures.AttributesKey)]
internal sealed record CreatePropertyFieldRequest(string PlaybookId, PropertyField Field) : IRequest<PropertyField>;

internal sealed class CreatePropertyFieldValidator : AbstractValidator<CreatePropertyFieldRequest>
{
    public CreatePropertyFieldValidator() => RuleFor(r => r.Field).SetValidator(new PropertyFieldRules());
}

internal sealed class CreatePropertyFieldHandler(EditablePlaybooks playbooks, PropertyFieldStore fields, TimeProvider time)
    : IRequestHandler<CreatePropertyFieldRequest, PropertyField>
{
    public async Task<PropertyField> Handle(CreatePropertyFieldRequest request, CancellationToken cancellationToken)
    {
        await playbooks.ActiveAsync(request.PlaybookId, cancellationToken);
        var existing = await fields.ListAsync(request.PlaybookId, cancellationToken);
        if (existing.Count >= PropertyFieldStore.MaxPerPlaybook)
        {
            throw AppErrorException.InvalidBody("name", $"A playbook has at most {PropertyFieldStore.MaxPerPlaybook} property fields.");
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var last = existing.Count == 0 ? -1 : existing.Max(f => f.Attrs.SortOrder);
        var field = PropertyFieldWrites.Prepare(request.Field, request.PlaybookId, existing: null, sortOrder: last + 1, now);
        await fields.SaveAsync([field], cancellationToken);
        await playbooks.TouchAsync(request.PlaybookId, now, cancellationToken);
        return field;
    }
}

/// <summary><c>PUT /playbooks/{id}/property_fields/{fieldID}</c>: replaces the field's name, type and attributes; runs keep their copies.</summary>
[RequiresFeature(PlaybookFeatures.AttributesKey)]
internal sealed record UpdatePropertyFieldRequest(string PlaybookId, string FieldId, PropertyField Field) : IRequest<PropertyField>;

internal sealed class UpdatePropertyFieldValidator : AbstractValidator<UpdatePropertyFieldRequest>
{
    public UpdatePropertyFieldValidator() => RuleFor(r => r.Field).SetValidator(new PropertyFieldRules());
}

internal sealed class UpdatePropertyFieldHandler(EditablePlaybooks playbooks, PropertyFieldStore fields, ConditionReferences conditions, TimeProvider time)
    : IRequestHandler<UpdatePropertyFieldRequest, PropertyField>
{
    public async Task<PropertyField> Handle(UpdatePropertyFieldRequest request, CancellationToken cancellationToken)
    {
        await playbooks.ActiveAsync(request.PlaybookId, cancellationToken);
        var existing = await fields.FindAsync(request.PlaybookId, request.FieldId, cancellationToken) ?? throw PropertyFieldErrors.NotFound();
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var field = PropertyFieldWrites.Prepare(request.Field, request.PlaybookId, existing, existing.Attrs.SortOrder, now);
        await conditions.EnsureChangeableAsync(request.PlaybookId, existing, field, cancellationToken);
        await fields.SaveAsync([field], cancellationToken);
        await playbooks.TouchAsync(request.PlaybookId, now, cancellationToken);
        return field;
    }
}

/// <summary><c>DELETE /playbooks/{id}/property_fields/{fieldID}</c>: new runs no longer get the field; runs that have it keep it.</summary>
[RequiresFeature(PlaybookFeatures.AttributesKey)]
internal sealed record DeletePropertyFieldRequest(string PlaybookId, string FieldId) : IRequest;

internal sealed class DeletePropertyFieldHandler(EditablePlaybooks playbooks, PropertyFieldStore fields, ConditionReferences conditions, TimeProvider time)
    : IRequestHandler<DeletePropertyFieldRequest, Unit>
{
    public async Task<Unit> Handle(DeletePropertyFieldRequest request, CancellationToken cancellationToken)
    {
        await playbooks.ActiveAsync(request.PlaybookId, cancellationToken);
        var field = await fields.FindAsync(request.PlaybookId, request.FieldId, cancellationToken) ?? throw PropertyFieldErrors.NotFound();
        await conditions.EnsureDeletableAsync(request.PlaybookId, field, cancellationToken);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        field.DeleteAt = now;
        field.UpdateAt = now;
        await fields.SaveAsync([field], cancellationToken);
        await playbooks.TouchAsync(request.PlaybookId, now, cancellationToken);
        return Unit.Value;
    }
}

/// <summary><c>POST /playbooks/{id}/property_fields/reorder</c> <c>{field_id, target_position}</c>: moves one field; answers them all in the new order.</summary>
[RequiresFeature(PlaybookFeatures.AttributesKey)]
internal sealed record ReorderPropertyFieldsRequest(string PlaybookId, string FieldId, int TargetPosition) : IRequest<List<PropertyField>>;

internal sealed class ReorderPropertyFieldsValidator : AbstractValidator<ReorderPropertyFieldsRequest>
{
    public ReorderPropertyFieldsValidator()
    {
        RuleFor(r => r.FieldId).NotEmpty().WithMessage("is required.").OverridePropertyName("field_id");
        RuleFor(r => r.TargetPosition).GreaterThanOrEqualTo(0).OverridePropertyName("target_position");
    }
}

internal sealed class ReorderPropertyFieldsHandler(EditablePlaybooks playbooks, PropertyFieldStore fields, TimeProvider time)
    : IRequestHandler<ReorderPropertyFieldsRequest, List<PropertyField>>
{
    public async Task<List<PropertyField>> Handle(ReorderPropertyFieldsRequest request, CancellationToken cancellationToken)
    {
        await playbooks.ActiveAsync(request.PlaybookId, cancellationToken);
        var ordered = await fields.ListAsync(request.PlaybookId, cancellationToken);
        var moved = ordered.FirstOrDefault(f => f.Id == request.FieldId) ?? throw PropertyFieldErrors.NotFound();
        if (request.TargetPosition >= ordered.Count)
        {
            throw AppErrorException.InvalidBody("target_position", $"target_position must be below {ordered.Count}, the number of fields.");
        }

        ordered.Remove(moved);
        ordered.Insert(request.TargetPosition, moved);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var changed = new List<PropertyField>();
        for (var position = 0; position < ordered.Count; position++)
        {
            if (ordered[position].Attrs.SortOrder != position)
            {
                ordered[position].Attrs.SortOrder = position;
                ordered[position].UpdateAt = now;
                changed.Add(ordered[position]);
            }
        }

        if (changed.Count > 0)
        {
            await fields.SaveAsync(changed, cancellationToken);
            await playbooks.TouchAsync(request.PlaybookId, now, cancellationToken);
        }

        return ordered;
    }
}

internal static class PropertyFieldErrors
{
    public static AppErrorException NotFound() => new(404, "app.playbook.property_field.not_found", "Property field not found.");
}
