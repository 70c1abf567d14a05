using CsvHelper;

namespace Suite.Licensing.Compliance.ExportUsers;

/// <summary>One account of the compliance export, in the columns it is written as.</summary>
[CsvRecord]
internal sealed partial record ComplianceUserRow(
    [CsvColumn("id")] string Id,
    [CsvColumn("username")] string Username,
    [CsvColumn("email")] string Email,
    [CsvColumn("first_name")] string FirstName,
    [CsvColumn("last_name")] string LastName,
    [CsvColumn("roles")] string Roles,
    [CsvColumn("is_bot")] bool IsBot,
    [CsvColumn("create_at")] long CreateAt,
    [CsvColumn("update_at")] long UpdateAt,
    [CsvColumn("delete_at")] long DeleteAt);
