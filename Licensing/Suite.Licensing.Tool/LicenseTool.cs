using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Suite.Licensing.Signing;
using Suite.Platform;

namespace Suite.Licensing.Tool;

/// <summary>The vendor's license tool: <c>keygen</c>, <c>sign</c>, <c>inspect</c>.</summary>
public static class LicenseTool
{
    /// <summary>Exit code of a license that does not verify.</summary>
    public const int InvalidLicense = 2;

    private const string Usage = """
        suite-license: the vendor's tool for Suite license keys.

          keygen --out DIR [--name vendor] [--bits 4096] [--force]
              Writes DIR/NAME-private.pem (PKCS#8, keep it secret) and DIR/NAME-public.pem.

          sign --key PRIVATE.pem [--json LICENSE.json] [--customer NAME] [--email EMAIL]
               [--company COMPANY] [--customer-id ID] [--sku professional|enterprise] [--users N]
               [--days N] [--starts YYYY-MM-DD] [--trial] [--features KEY[=true|false],...]
               [--id ID] [--out FILE]
              Signs a license (from the JSON file, with any flag overriding it) and writes the
              license file to FILE or standard output. Missing dates: issued and starts now,
              expires after --days (365; a trial 30 days 8 hours). --features sets flags; "-KEY"
              or "KEY=false" turns one off.

          inspect [--key PUBLIC.pem]... FILE|-
              Decodes a license file, verifies it against the keys and prints it. Exits 2 when
              the signature or the document is not valid.
        """;

    /// <summary>Runs one command; returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            return args switch
            {
                ["keygen", .. var rest] => KeyGen(Arguments.Parse(rest, "force"), output),
                ["sign", .. var rest] => Sign(Arguments.Parse(rest, "trial"), output, time),
                ["inspect", .. var rest] => Inspect(Arguments.Parse(rest), output, time),
                [] or ["help" or "--help" or "-h", ..] => Help(output),
                [var command, ..] => throw new UsageException($"Unknown command '{command}'."),
            };
        }
        catch (UsageException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            error.WriteLine("Run 'suite-license help' for usage.");
            return 1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or JsonException or CryptographicException)
        {
            error.WriteLine($"error: {ex.Message}");
            return 1;
        }
    }

    private static int Help(TextWriter output)
    {
        output.WriteLine(Usage);
        return 0;
    }

    private static int KeyGen(Arguments args, TextWriter output)
    {
        var directory = args.Require("out");
        var name = args.Get("name") ?? "vendor";
        var bits = args.GetInt("bits", LicenseKeys.MinimumKeySizeBits, 16384) ?? LicenseKeys.DefaultKeySizeBits;
        var force = args.Has("force");
        args.RejectUnknown();
        if (bits % 8 != 0)
        {
            throw new UsageException("--bits must be a multiple of 8.");
        }

        var privatePath = Path.Combine(directory, $"{name}-private.pem");
        var publicPath = Path.Combine(directory, $"{name}-public.pem");
        if (!force && (File.Exists(privatePath) || File.Exists(publicPath)))
        {
            throw new UsageException($"{privatePath} or {publicPath} exists; pass --force to replace the key pair.");
        }

        Directory.CreateDirectory(directory);
        var (privatePem, publicPem) = LicenseKeys.Generate(bits);
        WritePrivate(privatePath, privatePem);
        File.WriteAllText(publicPath, publicPem + "\n");
        output.WriteLine($"private key: {privatePath}");
        output.WriteLine($"public key:  {publicPath}");
        output.WriteLine($"fingerprint: {LicenseKeys.ReadPublicKey(publicPem, publicPath).Fingerprint} ({bits} bits)");
        return 0;
    }

    private static int Sign(Arguments args, TextWriter output, TimeProvider time)
    {
        var keyPath = args.Require("key");
        var jsonPath = args.Get("json");
        var outPath = args.Get("out");
        var license = jsonPath is null ? new License() : LicenseJson.Parse(File.ReadAllBytes(jsonPath));
        license = ApplyFlags(license, fromJson: jsonPath is not null, args, time);
        args.RejectUnknown();

        using var key = LicenseKeys.ReadPrivateKey(File.ReadAllText(keyPath), keyPath);
        var text = new LicenseSigner(key).Sign(license);
        if (outPath is null)
        {
            output.WriteLine(text);
        }
        else
        {
            File.WriteAllText(outPath, text);
            output.WriteLine($"signed license {license.Id} for {license.Customer.Company} ({license.SkuShortName}, {license.Users} users, expires {Date(license.ExpiresAt)}): {outPath}");
        }

        return 0;
    }

    private static License ApplyFlags(License license, bool fromJson, Arguments args, TimeProvider time)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var sku = args.Get("sku") ?? (license.SkuShortName.Length > 0 ? license.SkuShortName : Skus.Enterprise);
        if (sku is not (Skus.Professional or Skus.Enterprise) && sku != license.SkuShortName)
        {
            throw new UsageException($"--sku must be professional or enterprise, not '{sku}'.");
        }

        var trial = args.Has("trial") || license.IsTrial;
        var users = args.GetInt("users", 1, 10_000_000) ?? license.Features.Users ?? throw new UsageException("--users is required (or features.users in the JSON).");
        var days = args.GetInt("days", 1, 3650);
        var starts = ParseDate(args.Get("starts"))
            ?? (license.StartsAt > 0 ? license.StartsAt : now);
        var duration = days is { } d ? TimeSpan.FromDays(d) : trial ? License.TrialDuration : TimeSpan.FromDays(365);
        var expires = days is null && license.ExpiresAt > 0 ? license.ExpiresAt : starts + (long)duration.TotalMilliseconds;

        var features = fromJson ? license.Features.WithUsers(users) : Skus.DefaultFeatures(sku, users);
        foreach (var item in args.GetAll("features").SelectMany(f => f.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var (key, value) = ParseFeature(item);
            features = features.With(key, value);
        }

        var customer = license.Customer with
        {
            Id = args.Get("customer-id") ?? (license.Customer.Id.Length > 0 ? license.Customer.Id : Ids.New()),
            Name = args.Get("customer") ?? license.Customer.Name,
            Email = args.Get("email") ?? license.Customer.Email,
            Company = args.Get("company") ?? license.Customer.Company,
        };
        if (customer.Name.Length == 0 && customer.Company.Length == 0)
        {
            throw new UsageException("--customer or --company is required (or customer in the JSON).");
        }

        return license with
        {
            Id = args.Get("id") ?? (license.Id.Length > 0 ? license.Id : Ids.New()),
            IssuedAt = license.IssuedAt > 0 ? license.IssuedAt : now,
            StartsAt = starts,
            ExpiresAt = expires,
            Customer = customer,
            Features = features,
            SkuShortName = sku,
            SkuName = license.SkuName.Length > 0 && sku == license.SkuShortName ? license.SkuName : Skus.DisplayName(sku),
            IsTrial = trial,
        };
    }

    private static (string Key, bool Value) ParseFeature(string item)
    {
        var (key, value) = item.StartsWith('-') ? (item[1..], false)
            : item.Split('=', 2) is [var k, var v] ? (k, v switch
            {
                "true" or "on" or "1" => true,
                "false" or "off" or "0" => false,
                _ => throw new UsageException($"Feature '{item}': the value must be true or false."),
            })
            : (item, true);
        if (key == FeatureFlags.Users)
        {
            throw new UsageException("Set the seat count with --users, not --features.");
        }

        if (key.Length == 0 || !key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
        {
            throw new UsageException($"Feature '{item}': keys are lower-case snake_case, for example cluster or guest_accounts.");
        }

        return (key, value);
    }

    private static int Inspect(Arguments args, TextWriter output, TimeProvider time)
    {
        var keyPaths = args.GetAll("key");
        args.RejectUnknown();
        if (args.Positional.Count != 1)
        {
            throw new UsageException("inspect takes one license file (or - for standard input).");
        }

        var path = args.Positional[0];
        var text = path == "-" ? Console.In.ReadToEnd() : File.ReadAllText(path);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        License license;
        if (keyPaths.Count == 0)
        {
            license = DecodeUnverified(text);
            output.WriteLine("signature: NOT CHECKED (no --key given)");
        }
        else
        {
            var verifier = new LicenseVerifier(keyPaths.Select(p => LicenseKeys.ReadPublicKey(File.ReadAllText(p), p)));
            try
            {
                var verified = verifier.Verify(text);
                license = verified.License;
                output.WriteLine($"signature: valid (key {verified.Key.Name}, {verified.Key.KeySizeBits} bits, fingerprint {verified.Key.Fingerprint})");
            }
            catch (LicenseRejectedException ex)
            {
                output.WriteLine($"signature: NOT VALID ({ex.Reason}): {ex.Message}");
                return InvalidLicense;
            }
        }

        Print(license, output, now);
        return 0;
    }

    private static License DecodeUnverified(string text)
    {
        byte[] envelope;
        try
        {
            envelope = Convert.FromBase64String(text.Trim());
        }
        catch (FormatException)
        {
            throw new InvalidDataException("The file is not a license: its text is not Base64.");
        }

        foreach (var bits in (int[])[3072, 4096, 2048, 8192])
        {
            if (envelope.Length > bits / 8)
            {
                try
                {
                    return LicenseJson.Parse(envelope.AsSpan(0, envelope.Length - (bits / 8)));
                }
                catch (JsonException)
                {
                }
            }
        }

        throw new InvalidDataException("The file is not a license: no license document in it.");
    }

    private static void Print(License license, TextWriter output, long now)
    {
        var features = license.Features.WithDefaults();
        var expiry = license.IsExpired(now)
            ? $"expired {Days(now - license.ExpiresAt)} ago{(license.IsPastGracePeriod(now) ? ", grace period over" : ", in the grace period")}"
            : $"in {Days(license.ExpiresAt - now)}";
        output.WriteLine($"id:        {license.Id}");
        output.WriteLine($"customer:  {license.Customer.Name} <{license.Customer.Email}>, {license.Customer.Company} ({license.Customer.Id})");
        output.WriteLine($"sku:       {license.SkuName} ({license.SkuShortName}){(license.IsTrial ? ", trial" : "")}");
        output.WriteLine($"users:     {features.Users}");
        output.WriteLine($"issued:    {Date(license.IssuedAt)}");
        output.WriteLine($"starts:    {Date(license.StartsAt)}");
        output.WriteLine($"expires:   {Date(license.ExpiresAt)} ({expiry})");
        output.WriteLine($"on:        {string.Join(", ", features.Flags.Where(f => f.Value).Select(f => f.Key))}");
        output.WriteLine($"off:       {string.Join(", ", features.Flags.Where(f => !f.Value).Select(f => f.Key))}");
        output.WriteLine(JsonSerializer.Serialize(license, LicenseJson.Indented));
    }

    private static string Days(long milliseconds) => $"{TimeSpan.FromMilliseconds(milliseconds).TotalDays:0.#} days";

    private static string Date(long milliseconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    private static long? ParseDate(string? text) =>
        text is null ? null
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date.ToUnixTimeMilliseconds()
        : throw new UsageException($"--starts must be a date such as 2026-01-31, not '{text}'.");

    private static void WritePrivate(string path, string pem)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(path, options);
        stream.Write(Encoding.ASCII.GetBytes(pem + "\n"));
    }
}
