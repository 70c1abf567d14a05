using System.Net;
using System.Text;
using Suite.Licensing.Signing;
using Suite.Platform;
using Suite.Testing;

namespace Suite.Playbooks.Tests;

/// <summary>
/// A <see cref="PlaybooksFixture"/> whose server trusts a vendor key made for the test run and starts
/// with a Professional license installed; tests may remove it and put it back.
/// </summary>
public abstract class LicensedPlaybooksFixture : PlaybooksFixture
{
    // RSA key generation is slow: one key pair for every licensed fixture of the run.
    private static readonly Lazy<(string PrivatePem, string PublicPem)> VendorKey = new(() => LicenseKeys.Generate(LicenseKeys.MinimumKeySizeBits));

    private readonly string _keyDirectory = TestDirectories.Create("keys");

    protected override IReadOnlyDictionary<string, string?> ServerSettings
    {
        get
        {
            var path = Path.Combine(_keyDirectory, "vendor-public.pem");
            File.WriteAllText(path, VendorKey.Value.PublicPem);
            return new Dictionary<string, string?> { ["Suite:Licensing:ExtraPublicKeyPath"] = path };
        }
    }

    protected override Task StartedAsync() => InstallLicenseAsync();

    [OneTimeTearDown]
    public void DeleteKeyFile() => TestDirectories.Delete(_keyDirectory);

    protected async Task InstallLicenseAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var license = new License
        {
            Id = Ids.New(),
            IssuedAt = now.AddMinutes(-1).ToUnixTimeMilliseconds(),
            StartsAt = now.AddMinutes(-1).ToUnixTimeMilliseconds(),
            ExpiresAt = now.AddDays(30).ToUnixTimeMilliseconds(),
            Customer = new LicenseCustomer { Id = Ids.New(), Name = "Playbooks tests", Email = "playbooks@example.com", Company = "Suite tests" },
            Features = Skus.DefaultFeatures(Skus.Professional, 1000),
            SkuName = Skus.DisplayName(Skus.Professional),
            SkuShortName = Skus.Professional,
        };
        using var rsa = LicenseKeys.ReadPrivateKey(VendorKey.Value.PrivatePem, "playbooks test key");
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(new LicenseSigner(rsa).Sign(license))), "license", "suite.mattermost-license");
        using var response = await Admin.Client.PostAsync("/api/v4/license", form);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    protected async Task RemoveLicenseAsync()
    {
        using var response = await Admin.Client.DeleteAsync("/api/v4/license");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }
}
