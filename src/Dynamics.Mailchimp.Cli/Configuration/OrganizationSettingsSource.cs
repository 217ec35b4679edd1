using Microsoft.Extensions.Configuration;

namespace Dynamics.Mailchimp.Cli.Configuration;

/// <summary>
/// The configuration layer of the organization's settings (the solution's environment variables in Dataverse), empty
/// until <see cref="DmcConfiguration.SetOrganizationSettings"/> fills it after the job has connected to Dataverse.
/// </summary>
public sealed class OrganizationSettingsSource : IConfigurationSource
{
    /// <inheritdoc />
    public IConfigurationProvider Build(IConfigurationBuilder builder) => new Provider();

    /// <summary>The layer's provider.</summary>
    internal sealed class Provider : ConfigurationProvider
    {
        /// <summary>Replaces the layer's values.</summary>
        /// <param name="values">Configuration key → value.</param>
        public void Fill(IReadOnlyDictionary<string, string?> values)
        {
            Data = new Dictionary<string, string?>(values, StringComparer.OrdinalIgnoreCase);
            OnReload();
        }
    }
}
