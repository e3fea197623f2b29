import { ArgsType } from 'type-graphql';
import { connectionType } from '../common/connection.js';
import { ContentListArgs } from '../common/content-list.js';
import { Specialism } from './specialism.entity.js';

export const SpecialismConnection = connectionType(Specialism, 'Specialism', 'specialisms');

@ArgsType()
export class SpecialismListArgs extends ContentListArgs {}
