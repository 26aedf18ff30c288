export type EngineCli = 'docker' | 'podman';
/** One host port a container publishes. `hostIp` '' or `0.0.0.0`/`::`: every address. */
export interface PublishedPort {
    hostIp: string;
    hostPort: number;
    containerPort: number;
    protocol: string;
}
/** A running container, as its engine describes it. */
export interface Container {
    cli: EngineCli;
    id: string;
    name: string;
    image?: string;
    ports: PublishedPort[];
    /** From Compose's labels, when Compose made it. */
    compose?: {
        project: string;
        service?: string;
        /** The project's folder (`com.docker.compose.project.working_dir`). */
        workingDir?: string;
        /** Made by Compose v1 (`docker-compose`), whose stop command is its own. */
        v1: boolean;
    };
}
