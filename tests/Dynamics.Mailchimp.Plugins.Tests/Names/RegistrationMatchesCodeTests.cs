using Dynamics.Mailchimp.Plugins.Configuration;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Planning;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Dynamics.Mailchimp.Solution.Registration;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins.Tests.Names;

/// <summary>PluginRegistration/plugin-steps.json and the plug-in code agree.</summary>
public sealed class RegistrationMatchesCodeTests
{
    private static readonly PluginRegistrationManifest Manifest = PluginRegistrationManifest.Load();

    [Fact]
    public void EveryStep_NamesASealedPluginTypeWithAConfigurationConstructor()
    {
        // Act / Assert
        Assert.All(Manifest.Steps, step =>
        {
            var type = typeof(MemberUpdatedPlugin).Assembly.GetType(step.Plugin);
            Assert.NotNull(type);
            Assert.True(type!.IsSealed && typeof(IPlugin).IsAssignableFrom(type), step.Plugin);
            Assert.NotNull(type.GetConstructor([typeof(string), typeof(string)]));
            PluginSettings.Parse(step.UnsecureConfiguration, step.Name);
        });
    }

    [Fact]
    public void EveryPluginType_IsRegistered()
    {
        // Arrange
        var registered = Manifest.Steps.Select(s => s.Plugin).ToHashSet();

        // Act
        var unregistered = typeof(MemberUpdatedPlugin).Assembly.GetTypes()
            .Where(t => typeof(IPlugin).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => t.FullName!)
            .Where(n => !registered.Contains(n));

        // Assert
        Assert.Empty(unregistered);
    }

    [Fact]
    public void MemberUpdateSteps_FilterOnCoreColumnsPlusConfiguredColumns()
    {
        // Act / Assert
        Assert.All(Manifest.Steps.Where(s => s.Message == MessageNames.Update && s.Entity != TableNames.List), step =>
        {
            var profile = MemberProfile.Find(step.Entity)!;
            var settings = PluginSettings.Parse(step.UnsecureConfiguration, step.Name);
            Assert.Equal(profile.SyncedColumns(settings.Columns).Order(), step.FilteringAttributes.Order());
        });
    }

    [Fact]
    public void ListUpdateStep_FiltersOnTheSyncColumns()
    {
        // Act
        var step = Manifest.Steps.Single(s => s.Message == MessageNames.Update && s.Entity == TableNames.List);

        // Assert
        Assert.Equal(ListChangePlanner.SyncColumns.Order(), step.FilteringAttributes.Order());
    }

    [Fact]
    public void ListDeleteStep_PreImageCarriesTheMappingColumns()
    {
        // Act
        var step = Manifest.Steps.Single(s => s.Message == MessageNames.Delete && s.Entity == TableNames.List);

        // Assert
        Assert.Equal(ListDeletePlanner.PreImageColumns.Order(), Assert.Single(step.Images).Attributes.Order());
    }

    [Fact]
    public void EveryFilteringAndImageColumn_ExistsOnTheStepTable()
    {
        // Arrange
        var schema = OrganizationSchema.Default();

        // Act / Assert
        Assert.All(Manifest.Steps, step =>
        {
            var columns = schema.GetTable(step.Entity).Columns.Keys;
            Assert.All(step.FilteringAttributes.Concat(step.Images.SelectMany(i => i.Attributes)), c => Assert.Contains(c, columns));
        });
    }

    [Fact]
    public void Steps_CoverEveryMemberTableAndListMessage()
    {
        // Act
        var covered = Manifest.Steps.Select(s => (s.Message, s.Entity)).ToHashSet();

        // Assert
        foreach (var table in new[] { TableNames.Contact, TableNames.Lead, TableNames.Account })
        {
            Assert.Contains((MessageNames.Create, table), covered);
            Assert.Contains((MessageNames.Update, table), covered);
            Assert.Contains((MessageNames.Delete, table), covered);
        }

        // Every membership message Microsoft's list reference marks "Event: True" (AddMemberList, AddListMembersList,
        // AddMembersBatchList, RemoveMemberList, RemoveListMembersList), by SdkMessage name, plus list Update and Delete.
        foreach (var message in new[]
        {
            MessageNames.AddMember, MessageNames.AddListMembers, MessageNames.AddMembersBatch, MessageNames.RemoveMember,
            MessageNames.RemoveListMembers, MessageNames.Update, MessageNames.Delete,
        })
        {
            Assert.Contains((message, TableNames.List), covered);
        }

        // Deleting a listmember row directly (listmember reference: Delete, "Event: True").
        Assert.Contains((MessageNames.Delete, TableNames.ListMember), covered);
    }
}
