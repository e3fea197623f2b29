import { ArgsType } from 'type-graphql';
import { ConnectionArgs, connectionType } from '../common/connection.js';
import { Specialism } from './specialism.entity.js';

export const SpecialismConnection = connectionType(Specialism, 'Specialism', 'specialisms');

@ArgsType()
export class SpecialismListArgs extends ConnectionArgs {}
