using System.Reflection;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Suite.Platform.Mediator;

internal static class MediatorRegistration
{
    /// <summary>The behaviours every request passes through, outermost first.</summary>
    private static readonly Type[] BehaviorOrder =
    [
        typeof(LoggingBehavior<,>),
        typeof(ValidationBehavior<,>),
        typeof(AuthorizationBehavior<,>),
        typeof(FeatureGateBehavior<,>),
    ];

    private static readonly Type[] ScannedContracts =
    [
        typeof(IRequestHandler<,>),
        typeof(INotificationHandler<>),
        typeof(IRequestAuthorizer<>),
    ];

    public static IServiceCollection AddSuiteMediator(this IServiceCollection services)
    {
        services.TryAddSingleton<MediatorMetrics>();
        services.TryAddSingleton<Mediator>();
        services.TryAddSingleton<IMediator>(sp => sp.GetRequiredService<Mediator>());
        services.TryAddSingleton<ISender>(sp => sp.GetRequiredService<Mediator>());
        services.TryAddSingleton<IPublisher>(sp => sp.GetRequiredService<Mediator>());
        foreach (var behavior in BehaviorOrder)
        {
            services.AddSingleton(typeof(IPipelineBehavior<,>), behavior);
        }

        return services;
    }

    /// <summary>Registers an assembly's handlers, authorizers and validators, all as singletons.</summary>
    public static IServiceCollection AddMediatorParticipants(this IServiceCollection services, Assembly assembly)
    {
        foreach (var type in assembly.GetTypes())
        {
            if (type.IsAbstract || type.IsInterface || type.IsGenericTypeDefinition)
            {
                continue;
            }

            foreach (var contract in type.GetInterfaces().Where(IsScannedContract))
            {
                if (contract.GetGenericTypeDefinition() == typeof(IRequestHandler<,>)
                    && services.Any(d => d.ServiceType == contract))
                {
                    throw new InvalidOperationException(
                        $"Two handlers for {contract.GetGenericArguments()[0].FullName}: {type.FullName} and an earlier one. A request has exactly one handler.");
                }

                services.AddSingleton(contract, type);
            }
        }

        foreach (var validator in AssemblyScanner.FindValidatorsInAssembly(assembly, includeInternalTypes: true))
        {
            services.AddSingleton(validator.InterfaceType, validator.ValidatorType);
        }

        return services;
    }

    private static bool IsScannedContract(Type contract) =>
        contract.IsGenericType && ScannedContracts.Contains(contract.GetGenericTypeDefinition());
}
