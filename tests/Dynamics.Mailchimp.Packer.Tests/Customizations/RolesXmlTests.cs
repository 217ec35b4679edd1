using System.Xml.Linq;
using Dynamics.Mailchimp.Packer.Customizations;
using Dynamics.Mailchimp.Packer.Tests.Reading;
using Dynamics.Mailchimp.Packer.Tests.Support;
using Dynamics.Mailchimp.Solution.Security;

namespace Dynamics.Mailchimp.Packer.Tests.Customizations;

/// <summary>The security roles of solution/src/Roles in the packed zip: customizations.xml's Roles and solution.xml's root components.</summary>
public sealed class RolesXmlTests : IClassFixture<PackedRepository>
{
    private readonly PackedRepository packed;

    public RolesXmlTests(PackedRepository packed) => this.packed = packed;

    private static string RolesFolder => Path.Combine(RepositoryFiles.SolutionFolder, "Roles");

    [Fact]
    public void Unpack_Roles_EqualTheSourceRoleFilesInFileOrder()
    {
        // Arrange
        var sources = Directory.EnumerateFiles(RolesFolder, "*.xml").Order(StringComparer.Ordinal).Select(f => PackedRoundTripTests.Normalize(XElement.Load(f))).ToList();

        // Act
        var roles = packed.Unmanaged.Customizations.Root!.Element(RolesXml.Roles)!.Elements("Role").ToList();

        // Assert
        Assert.Equal(2, sources.Count);
        Assert.Equal(sources.Count, roles.Count);
        Assert.All(sources.Zip(roles), p => Assert.True(XNode.DeepEquals(p.First, p.Second), "Role differs: " + (string?)p.First.Attribute("name")));
    }

    [Fact]
    public void Unpack_Roles_FollowEntitiesAsTheSchemaOrdersThem()
    {
        // Act
        var names = packed.Managed.Customizations.Root!.Elements().Select(e => e.Name.LocalName).Take(2);

        // Assert
        Assert.Equal(["Entities", RolesXml.Roles], names);
    }

    [Fact]
    public void Unpack_SolutionManifest_HasARoleRootComponentPerRoleWithItsId()
    {
        // Arrange
        var ids = SecurityRoleCatalog.FromFolder(RolesFolder).Roles.Select(r => "{" + r.Id + "}").Order(StringComparer.Ordinal);

        // Act
        var components = packed.Managed.Solution.Descendants("RootComponent")
            .Where(c => (string?)c.Attribute("type") == "20")
            .Select(c => (string)c.Attribute("id")!)
            .Order(StringComparer.Ordinal);

        // Assert
        Assert.Equal(ids, components);
    }

    [Fact]
    public void Load_RoleWithAnUnknownLevel_ThrowsPackSourceExceptionNamingTheFile()
    {
        // Arrange
        using var folder = new TempFolder();
        var file = folder.Combine("Broken.xml");
        File.WriteAllText(file, """<Role id="{5f1c2d3e-0000-4000-8000-000000000001}" name="Broken"><RolePrivileges><RolePrivilege name="prvReadContact" level="Everything" /></RolePrivileges></Role>""");

        // Act
        var error = Assert.Throws<PackSourceException>(() => RolesXml.Load(folder.Path));

        // Assert
        Assert.Contains("Broken.xml", error.Message, StringComparison.Ordinal);
        Assert.Contains("Everything", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoRoles_WritesNoRolesElement()
    {
        // Act
        var roles = RolesXml.Build([]);

        // Assert
        Assert.Null(roles);
    }
}
