using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MineAction.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Validators of this assembly's messages (the validation behaviour runs them); the mediator
    /// itself is source-generated and added by the host.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        // Messages name fields as the API does: 'provinceId' must not be empty.
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
            member is null ? null : char.ToLowerInvariant(member.Name[0]) + member.Name[1..];
        ValidatorOptions.Global.MessageFormatterFactory = () => new IsoMessageFormatter();
        services.AddValidatorsFromAssembly(
            typeof(DependencyInjection).Assembly,
            ServiceLifetime.Scoped,
            filter: r => typeof(IMessage).IsAssignableFrom(r.InterfaceType.GetGenericArguments()[0]),
            includeInternalTypes: true);
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<DataImport.RecordImporter, DataImport.OrganisationImporter>();
        services.AddScoped<DataImport.RecordImporter, DataImport.HazardImporter>();
        services.AddScoped<DataImport.RecordImporter, DataImport.ActivityImporter>();
        services.AddScoped<DataImport.RecordImporter, DataImport.ProductImporter>();
        services.AddScoped<DataImport.RecordImporter, DataImport.DeviceImporter>();
        services.AddScoped<DataImport.RecordImporter, DataImport.EoreSessionImporter>();
        services.AddScoped<DataImport.RecordImporter, DataImport.AccidentImporter>();
        services.AddScoped<DataImport.RecordImporter, DataImport.CasualtyImporter>();
        services.AddScoped<DataImport.RecordImporter, DataImport.AssistanceServiceImporter>();
        services.AddScoped<DataImport.RecordImporter, DataImport.ContributionImporter>();
        services.AddScoped<DataImport.RecordImporter, DataImport.TransactionImporter>();
        services.AddScoped<DataImport.ImportReferences>();
        services.AddScoped<DataImport.ImportRunner>();
        return services;
    }
}
