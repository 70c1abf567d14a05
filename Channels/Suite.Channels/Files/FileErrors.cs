using Suite.Platform.Errors;

namespace Suite.Channels.Files;

/// <summary>Mattermost's file error ids.</summary>
internal static class FileErrors
{
    public static AppErrorException NotFound() =>
        new(404, "app.file_info.get.app_error", "Unable to get the file.");

    public static AppErrorException TooLarge(string name, long limit) =>
        new(413, "api.file.upload_file.too_large_detailed.app_error", $"Unable to upload file {name}: it exceeds the maximum allowed {limit} bytes.");

    public static AppErrorException RequestTooLarge(long limit) =>
        new(413, "api.file.upload_file.too_large.app_error", $"Unable to upload the files: the request exceeds the maximum allowed {limit} bytes.");

    public static AppErrorException NoChannel() =>
        new(400, "api.file.upload_file.get_channel.app_error", "Invalid or missing channel_id: it must be given before the files.");

    public static AppErrorException NoFiles() =>
        new(400, "api.file.upload_file.no_files.app_error", "The request holds no files.");

    public static AppErrorException ClientIds() =>
        new(400, "api.file.upload_file.incorrect_number_of_client_ids.app_error", "Unable to upload the files: client_ids must give one id per file.");

    public static AppErrorException NotMultipart() =>
        new(400, "api.file.upload_file.multipart.app_error", "Unable to upload the files: the body must be multipart/form-data.");

    public static AppErrorException NoThumbnail(string what) =>
        new(404, $"api.file.get_file_{what}.no_{what}.app_error", $"This file has no {what}: the server does not generate image thumbnails or previews.");
}
