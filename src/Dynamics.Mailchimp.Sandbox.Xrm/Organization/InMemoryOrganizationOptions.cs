using Dynamics.Mailchimp.Solution.Registration;
using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Organization;

/// <summary>How an in-memory organization is set up.</summary>
public sealed class InMemoryOrganizationOptions
{
    /// <summary>The tables.</summary>
    /// <value><see cref="OrganizationSchema.Default"/>: system tables plus solution/src.</value>
    public SchemaCatalog? Schema { get; init; }

    /// <summary>
    /// Whether the organization has the Customer Insights – Journeys consent tables (<c>msdynmkt_contactpointconsent4</c>,
    /// <c>msdynmkt_purpose</c>, <c>msdynmkt_topic</c>), added to <see cref="Schema"/> by <see cref="OrganizationSchema.WithJourneysConsent"/>.
    /// </summary>
    /// <value><see langword="false"/>: an organization without Journeys, as most are.</value>
    public bool JourneysConsent { get; init; }

    /// <summary>The plug-in steps to run.</summary>
    /// <value><see cref="PluginRegistrationManifest.Load"/>: PluginRegistration/plugin-steps.json.</value>
    public PluginRegistrationManifest? Registrations { get; init; }

    /// <summary>Creates a step's plug-in instance (once per step, then cached, as the platform does).</summary>
    /// <value>Reflection over the Dynamics.Mailchimp.Plugins assembly, passing the step's unsecure configuration.</value>
    public Func<PluginStepRegistration, IPlugin>? PluginFactory { get; init; }

    /// <summary>The clock for createdon and modifiedon.</summary>
    /// <value><see cref="TimeProvider.System"/>.</value>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The organization's name.</summary>
    /// <value><c>sandbox</c>.</value>
    public string OrganizationName { get; init; } = "sandbox";
}
