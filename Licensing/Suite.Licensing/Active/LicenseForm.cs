using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Suite.Licensing.Signing;

namespace Suite.Licensing.Active;

/// <summary>The license file of an upload: the multipart field <c>license</c>, as Mattermost's web app sends it.</summary>
internal static class LicenseForm
{
    private const long MaxRequestBytes = 256 * 1024;

    /// <summary>The text of the first <c>license</c> file (or plain field) and how many files were sent.</summary>
    public static async Task<(string? Text, int Files)> ReadAsync(HttpContext http)
    {
        var limit = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (limit is { IsReadOnly: false })
        {
            limit.MaxRequestBodySize = MaxRequestBytes;
        }

        if (!http.Request.HasFormContentType)
        {
            return (null, 0);
        }

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (InvalidDataException)
        {
            return (null, 0);
        }

        var files = form.Files.GetFiles("license");
        if (files.Count > 0)
        {
            using var reader = new StreamReader(files[0].OpenReadStream());
            var buffer = new char[LicenseVerifier.MaxTextLength + 1];
            var read = await reader.ReadBlockAsync(buffer, http.RequestAborted);
            return (new string(buffer, 0, read), files.Count);
        }

        return form.TryGetValue("license", out var field) && field.Count > 0 ? (field[0], field.Count) : (null, 0);
    }
}
